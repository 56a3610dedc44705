import { matchesOrder } from "../peers/warranty-events";
import type { UnitEvent } from "../peers/unit-facts";
import { ReturnReason, ReturnVerdict } from "./return-enums";

/** What a return is judged on; gathered by ReturnService. */
export interface ReturnFacts {
  genuine: boolean;
  /** Serials' status of the unit (SOLD, RETURNED, STOLEN, …); null when it has no record. */
  status: string | null;
  /** Standing retail sales, oldest first, with the country a registration gave when the event had none. */
  sales: (UnitEvent & { country: string | null })[];
  orderRef: string;
  /** Country of the returns desk, when given. */
  country: string | null;
  /** When the unit was last taken back through checkReturn, if ever. */
  lastAcceptedReturn: Date | null;
  openClaim: boolean;
  /** Why the unit is flagged (stolen, open alerts), or null. */
  flagged: string | null;
}

export interface ReturnOutcome {
  decision: ReturnVerdict;
  reasons: ReturnReason[];
  /** One sentence per reason, for the returns desk. */
  messages: string[];
}

const VERDICT_OF: Record<ReturnReason, ReturnVerdict> = {
  [ReturnReason.NOT_GENUINE]: ReturnVerdict.REJECT,
  [ReturnReason.NOT_SOLD]: ReturnVerdict.REJECT,
  [ReturnReason.NOT_IN_ORDER]: ReturnVerdict.REJECT,
  [ReturnReason.ALREADY_RETURNED]: ReturnVerdict.REJECT,
  [ReturnReason.SOLD_IN_OTHER_MARKET]: ReturnVerdict.REVIEW,
  [ReturnReason.OPEN_WARRANTY_CLAIM]: ReturnVerdict.REVIEW,
  [ReturnReason.UNIT_FLAGGED]: ReturnVerdict.REVIEW,
};

/**
 * The return decision: every reason that applies is listed, and the worst one decides
 * (any REJECT reason rejects; otherwise any REVIEW reason sends it to review).
 */
export function decideReturn(facts: ReturnFacts): ReturnOutcome {
  const found: [ReturnReason, string][] = [];
  if (!facts.genuine || facts.status === null) {
    found.push([ReturnReason.NOT_GENUINE, "The code does not verify as a unit the manufacturer issued."]);
  } else if (facts.sales.length === 0) {
    found.push([ReturnReason.NOT_SOLD, "No sale of this unit is on record."]);
  } else {
    const index = facts.sales.findLastIndex((sale) => sale.transactions.some((transaction) => matchesOrder(transaction, facts.orderRef)));
    const sale = facts.sales[index];
    if (!sale) {
      found.push([ReturnReason.NOT_IN_ORDER, `The unit was not sold in order ${facts.orderRef}.`]);
    } else {
      const resold = index < facts.sales.length - 1;
      const takenBack = facts.lastAcceptedReturn !== null && facts.lastAcceptedReturn >= sale.eventTime;
      if (resold || takenBack || facts.status === "RETURNED") {
        found.push([ReturnReason.ALREADY_RETURNED, `The unit was already returned after its sale in order ${facts.orderRef}.`]);
      }
      if (sale.country && facts.country && sale.country !== facts.country) {
        found.push([ReturnReason.SOLD_IN_OTHER_MARKET, `Sold in ${sale.country}, returned in ${facts.country}.`]);
      }
    }
  }
  if (facts.openClaim) {
    found.push([ReturnReason.OPEN_WARRANTY_CLAIM, "A warranty claim on the unit is open: settle it before a refund."]);
  }
  if (facts.flagged) {
    found.push([ReturnReason.UNIT_FLAGGED, `The unit is flagged: ${facts.flagged}`]);
  }
  const verdicts = found.map(([reason]) => VERDICT_OF[reason]);
  const decision = verdicts.includes(ReturnVerdict.REJECT) ? ReturnVerdict.REJECT : verdicts.includes(ReturnVerdict.REVIEW) ? ReturnVerdict.REVIEW : ReturnVerdict.ACCEPT;
  return { decision, reasons: found.map(([reason]) => reason), messages: found.map(([, message]) => message) };
}
