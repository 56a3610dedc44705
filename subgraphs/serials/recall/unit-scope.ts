import { inSerialRange, serialInRangeSql, serialRangeIndexSql, type SerialRange } from "../../../lib/serials/serial-range";

/**
 * The part of a recall's scope that depends on what the hub knows about units: serial
 * ranges, lots and a production (commissioning) window, any union of them, for one GTIN.
 * Explicit serial lists need no unit data and are stored by id (serials.recall_list_serials).
 * Stored as JSON in serials.recall_predicates and applied when membership is read, so units
 * that appear later are covered too.
 */
export interface UnitScope {
  gtin: string;
  serialRanges: SerialRange[];
  lots: string[];
  /** ISO instants, both included; a missing bound leaves that side open. */
  producedFrom: string | null;
  producedTo: string | null;
  /** Explicit serial lists (serials.recall_list_serials) by id; looked up, not matched here. */
  serialLists: string[];
}

/** The unit fields a scope looks at. */
export interface ScopedUnit {
  gtin: string;
  serial: string;
  lot: string | null;
  commissionedAt: Date | null;
}

const hasWindow = (scope: UnitScope): boolean => scope.producedFrom !== null || scope.producedTo !== null;

export const hasPredicate = (scope: UnitScope): boolean => scope.serialRanges.length > 0 || scope.lots.length > 0 || hasWindow(scope);

/** Whether a unit falls in the scope: the JavaScript form of `unitScopeSql`. */
export function unitInScope(scope: UnitScope, unit: ScopedUnit): boolean {
  if (unit.gtin !== scope.gtin) {
    return false;
  }
  if (scope.serialRanges.some((range) => inSerialRange(range, unit.serial))) {
    return true;
  }
  if (unit.lot !== null && scope.lots.includes(unit.lot)) {
    return true;
  }
  if (!hasWindow(scope) || unit.commissionedAt === null) {
    return false;
  }
  const at = unit.commissionedAt.getTime();
  return (scope.producedFrom === null || Date.parse(scope.producedFrom) <= at) && (scope.producedTo === null || at <= Date.parse(scope.producedTo));
}

/**
 * SQL true when the row `s` of serials.serials is in the scope, written so each part is an
 * index scan (the caller adds tenant and GTIN): the planner ORs their bitmaps.
 */
export function unitScopeSql(scope: UnitScope, s: string, bind: (value: unknown) => string): string {
  const parts = scope.serialRanges.map((range) => serialRangeIndexSql(`${s}.serial`, range, bind));
  if (scope.lots.length > 0) {
    parts.push(`${s}.lot = ANY(${bind(scope.lots)}::text[])`);
  }
  if (hasWindow(scope)) {
    const bounds = [
      ...(scope.producedFrom !== null ? [`${s}.commissioned_at >= ${bind(scope.producedFrom)}::timestamptz`] : []),
      ...(scope.producedTo !== null ? [`${s}.commissioned_at <= ${bind(scope.producedTo)}::timestamptz`] : []),
    ];
    parts.push(`(${bounds.join(" AND ")})`);
  }
  return parts.length > 0 ? `(${parts.join(" OR ")})` : "false";
}

/**
 * SQL true when the row `s` is in the stored predicate `p` (a serials.recall_predicates row),
 * for the few units of a live event; same rule as above, with the bounds read from JSON.
 */
export function storedScopeSql(p: string, s: string): string {
  return `(
    EXISTS (SELECT 1 FROM jsonb_to_recordset(${p}.predicate->'serialRanges') AS r("from" text, "to" text)
            WHERE ${serialInRangeSql(`${s}.serial`, 'r."from"', 'r."to"')})
    OR ${s}.lot IN (SELECT jsonb_array_elements_text(${p}.predicate->'lots'))
    OR (${s}.commissioned_at IS NOT NULL
        AND (${p}.predicate->>'producedFrom' IS NOT NULL OR ${p}.predicate->>'producedTo' IS NOT NULL)
        AND ${s}.commissioned_at >= coalesce((${p}.predicate->>'producedFrom')::timestamptz, '-infinity')
        AND ${s}.commissioned_at <= coalesce((${p}.predicate->>'producedTo')::timestamptz, 'infinity'))
  )`;
}

/** The JSON stored for a scope (the GTIN has its own column). */
export type StoredPredicate = Omit<UnitScope, "gtin">;

export const predicateOf = ({ serialRanges, lots, producedFrom, producedTo, serialLists }: StoredPredicate): StoredPredicate => ({
  serialRanges,
  lots,
  producedFrom,
  producedTo,
  serialLists: serialLists ?? [],
});

export const scopeOfPredicate = (gtin: string, predicate: StoredPredicate): UnitScope => ({ gtin, ...predicateOf(predicate) });
