import { isCommissioning } from "../serial/serial-state";
import { SerialStatus } from "../serial/serial-status";
import { isVerificationScan, type RuleItem } from "./rule-event";

/** States after which a unit should not move again (domain.md §1.5). */
export const TERMINAL = new Set<SerialStatus>([SerialStatus.INACTIVE, SerialStatus.DESTROYED, SerialStatus.SOLD, SerialStatus.DISPENSED]);

const ENDING_STEPS = new Set(["decommissioning", "destroying", "retail_selling", "dispensing"]);
const ENDING_DISPOSITIONS = new Set(["inactive", "destroyed", "retail_sold", "dispensed"]);

/** Movements and sales: what a recalled unit must not do. */
const MOVES = new Set(["shipping", "departing", "receiving", "arriving", "accepting", "loading", "transporting", "retail_selling", "dispensing", "stocking"]);

/** Where a unit reaches a market: the events MARKET_DIVERSION judges. */
const MARKET_STEPS = new Set(["receiving", "arriving", "accepting", "retail_selling", "dispensing", "stocking"]);

/** Decommission, destroy, sell or dispense: the events that end a unit's life in the chain. */
export function endsLife({ event, role }: RuleItem): boolean {
  if (role !== "epc" && role !== "child" && role !== "input") {
    return false;
  }
  return (
    (event.bizStep !== null && ENDING_STEPS.has(event.bizStep)) ||
    (event.disposition !== null && ENDING_DISPOSITIONS.has(event.disposition)) ||
    (event.type === "ObjectEvent" && event.action === "DELETE")
  );
}

export const isReturn = ({ event }: RuleItem): boolean =>
  event.disposition === "returned" || event.bizStep === "returning" || event.returnAuthorised;

export const isMove = (item: RuleItem): boolean => isVerificationScan(item.event) || (item.event.bizStep !== null && MOVES.has(item.event.bizStep));

export const reachesMarket = (item: RuleItem): boolean =>
  isVerificationScan(item.event) || (item.event.bizStep !== null && MARKET_STEPS.has(item.event.bizStep));

/** The unit itself is named (not only as a container, nor carried inside one). */
export const namesUnit = (item: RuleItem): boolean => item.role !== "parent" && item.role !== "carried";

export { isCommissioning };
