import { badInput } from "../errors/hub-error";

/**
 * A range of serials, bounds included. When both bounds are all digits the range is numeric:
 * a serial is in it when it is all digits and its value lies between theirs ("9" to "120"
 * holds "10" and "0042"). Otherwise bounds have the same length and a serial is in the range
 * when it has that length too and sorts between them byte by byte ("A100" to "A199").
 * The SQL and JavaScript forms below are the one definition of this rule.
 */
export interface SerialRange {
  from: string;
  to: string;
}

const DIGITS = /^[0-9]+$/;
/** AI 21: 1 to 20 characters of GS1 CSET 82 (all ASCII, so JavaScript order is byte order). */
const SERIAL = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]{1,20}$/;

export const isNumericRange = (range: SerialRange): boolean => DIGITS.test(range.from) && DIGITS.test(range.to);

/** Validates API input; BAD_USER_INPUT names the field (e.g. `filter.serialRange`). */
export function requireSerialRange(range: SerialRange, field = "serialRange"): SerialRange {
  for (const bound of ["from", "to"] as const) {
    if (!SERIAL.test(range[bound])) {
      throw badInput(`${field}.${bound} must be a serial: 1 to 20 GS1 CSET 82 characters.`, { field: `${field}.${bound}` });
    }
  }
  if (isNumericRange(range)) {
    if (BigInt(range.from) > BigInt(range.to)) {
      throw badInput(`${field}: from ${range.from} is greater than to ${range.to}.`, { field });
    }
  } else if (range.from.length !== range.to.length) {
    throw badInput(`${field}: from and to must have the same length unless both are all digits.`, { field });
  } else if (range.from > range.to) {
    throw badInput(`${field}: from "${range.from}" sorts after to "${range.to}".`, { field });
  }
  return { from: range.from, to: range.to };
}

/** Whether a serial is in the range (see SerialRange). */
export function inSerialRange(range: SerialRange, serial: string): boolean {
  if (isNumericRange(range)) {
    return DIGITS.test(serial) && BigInt(range.from) <= BigInt(serial) && BigInt(serial) <= BigInt(range.to);
  }
  return serial.length === range.from.length && range.from <= serial && serial <= range.to;
}

/**
 * SQL that is true when `serial` is in the range from `from` to `to`; all three are SQL
 * text expressions: columns (`s.serial_from`) or placeholders (`$3::text`).
 *
 * The mode is decided in SQL so stored bounds work too, and every numeric cast sits behind
 * a CASE that has checked the digits first: AND does not fix an evaluation order. A CASE arm
 * whose test folds to false at planning time is dropped before its casts are folded.
 *
 * @example serialInRangeSql("es.serial", param(range.from), param(range.to))
 */
export function serialInRangeSql(serial: string, from: string, to: string): string {
  return `(CASE
    WHEN ${from} ~ '^[0-9]+$' AND ${to} ~ '^[0-9]+$' THEN
      CASE WHEN ${serial} ~ '^[0-9]+$' THEN ${serial}::numeric BETWEEN ${from}::numeric AND ${to}::numeric ELSE false END
    ELSE length(${serial}) = length(${from}) AND (${serial} COLLATE "C") BETWEEN (${from} COLLATE "C") AND (${to} COLLATE "C")
  END)`;
}

/** The value of an all-digit serial, else NULL: the expression the numeric serial index is built on. */
export const numericSerialSql = (serial: string): string => `(CASE WHEN ${serial} ~ '^[0-9]+$' THEN ${serial}::numeric END)`;

/**
 * The same rule for bounds known when the SQL is written (API input, not stored bounds): the
 * mode is chosen here, so PostgreSQL answers the range with an index range scan, on
 * `numericSerialSql` (partial index over all-digit serials) or on (length, serial COLLATE "C").
 * `param` binds a value and returns its placeholder (`$3`).
 *
 * @example serialRangeIndexSql("s.serial", range, (value) => bind(value))
 */
export function serialRangeIndexSql(serial: string, range: SerialRange, param: (value: string) => string): string {
  if (isNumericRange(range)) {
    return `(${serial} ~ '^[0-9]+$' AND ${numericSerialSql(serial)} BETWEEN ${param(range.from)}::numeric AND ${param(range.to)}::numeric)`;
  }
  const bound = (value: string) => `(${param(value)}::text COLLATE "C")`;
  return `(length(${serial}) = ${range.from.length} AND (${serial} COLLATE "C") BETWEEN ${bound(range.from)} AND ${bound(range.to)})`;
}

/** A serial as AI 21 allows it: 1 to 20 characters of GS1 CSET 82. */
export const isSerial = (value: string): boolean => SERIAL.test(value);
