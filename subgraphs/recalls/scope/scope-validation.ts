import countries from "i18n-iso-countries";
import { badInput } from "../../../lib/errors/hub-error";
import { requireGtin } from "../../../lib/gs1/gtin";
import { validateAiValue } from "../../../lib/gs1/ai-value";
import { MAX_LISTED_SERIALS } from "../../../lib/recalls/recall-unit-state";
import { isSerial, requireSerialRange, type SerialRange } from "../../../lib/serials/serial-range";
import { requireText } from "../../../lib/validation/text";
import type { RecallSeverity } from "../recall/recall-severity";
import type { OpenRecallInput, RecallScopeInput } from "./recall-scope.input";

/** A checked scope. `serials` and `serialLists` null: keep the current explicit lists (amendments only). */
export interface ValidScope {
  serialRanges: SerialRange[];
  lots: string[];
  serials: string[] | null;
  serialLists: string[] | null;
  producedFrom: Date | null;
  producedTo: Date | null;
}

export interface ValidRecall {
  gtin: string;
  scope: ValidScope;
  reason: string;
  instructions: string;
  title: string;
  severity: RecallSeverity | null;
  markets: string[];
}

const MAX_PARTS = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function atMost<T>(items: readonly T[] | null | undefined, max: number, field: string): readonly T[] {
  if ((items?.length ?? 0) > max) {
    throw badInput(`${field}: at most ${max.toLocaleString("en")} entries.`, { field });
  }
  return items ?? [];
}

function requireLot(lot: string, field: string): string {
  try {
    validateAiValue("10", lot);
  } catch (error) {
    throw badInput(`${field}: ${(error as Error).message}`, { field });
  }
  return lot;
}

/** Unique serials, each checked; the fast test first, the precise reason only for a bad one. */
function requireSerials(serials: readonly string[], field: string): string[] {
  serials.forEach((serial, i) => {
    if (!isSerial(serial)) {
      throw badInput(`${field}[${i}] must be a serial: 1 to 20 GS1 CSET 82 characters.`, { field: `${field}[${i}]` });
    }
  });
  return [...new Set(serials)];
}

/**
 * Checks a scope and names the first bad field by its path (`input.scope.serialRanges[1].to`);
 * nothing is written before this passes. `amend`: explicit lists may be left out to keep them.
 */
export function validateScope(input: RecallScopeInput, field: string, amend = false): ValidScope {
  const serialRanges = atMost(input.serialRanges, MAX_PARTS, `${field}.serialRanges`).map((range, i) =>
    requireSerialRange(range, `${field}.serialRanges[${i}]`),
  );
  const lots = [...new Set(atMost(input.lots, MAX_PARTS, `${field}.lots`).map((lot, i) => requireLot(lot, `${field}.lots[${i}]`)))];
  const keep = amend && input.serials == null && input.serialLists == null;
  const serials = keep ? null : requireSerials(atMost(input.serials, MAX_LISTED_SERIALS, `${field}.serials`), `${field}.serials`);
  const serialLists = keep
    ? null
    : [...new Set(atMost(input.serialLists, MAX_PARTS, `${field}.serialLists`).map((id, i) => {
        if (!UUID.test(id)) {
          throw badInput(`${field}.serialLists[${i}] must be the id of an uploaded serial list.`, { field: `${field}.serialLists[${i}]` });
        }
        return id.toLowerCase();
      }))];
  const producedFrom = input.producedFrom ?? null;
  const producedTo = input.producedTo ?? null;
  if (producedFrom && producedTo && producedFrom > producedTo) {
    throw badInput(`${field}.producedTo is before producedFrom.`, { field: `${field}.producedTo` });
  }
  const listed = (serials?.length ?? 0) + (serialLists?.length ?? 0);
  if (!keep && serialRanges.length + lots.length + listed === 0 && !producedFrom && !producedTo) {
    throw badInput(`${field} must name at least one serial range, lot, serial, serial list or production date.`, { field });
  }
  return { serialRanges, lots, serials, serialLists, producedFrom, producedTo };
}

function requireMarkets(markets: readonly string[], field: string): string[] {
  return [
    ...new Set(
      markets.map((market, i) => {
        if (!/^[A-Z]{2}$/.test(market) || !countries.isValid(market)) {
          throw badInput(`${field}[${i}] "${market}" is not an ISO 3166-1 alpha-2 code.`, { field: `${field}[${i}]` });
        }
        return market;
      }),
    ),
  ];
}

export function validateOpenRecall(input: OpenRecallInput): ValidRecall {
  const gtin = requireGtin(input.gtin, "input.gtin");
  const scope = validateScope(input.scope, "input.scope");
  const reason = requireText(input.reason, "input.reason", 2000);
  const instructions = requireText(input.instructions, "input.instructions", 2000);
  const title = input.title != null ? requireText(input.title, "input.title") : reason.slice(0, 80);
  const markets = requireMarkets(atMost(input.markets, 300, "input.markets"), "input.markets");
  return { gtin, scope, reason, instructions, title, severity: input.severity ?? null, markets };
}
