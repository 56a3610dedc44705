import { MappingError } from "../core/errors";
import { flag, isObject, isoDate, quantity, ref, sublist, type JsonObject } from "./record-json";

/** One serialised unit of a line. */
export interface Unit {
  serial: string;
  lot: string | null;
  expiry: string | null;
}

/** Stock leaving (fulfilment, sale, consumed component) or arriving (receipt, built assembly). */
export type Direction = "issue" | "receipt";

const FIELDS: Record<Direction, [string, string]> = {
  issue: ["issueInventoryNumber", "receiptInventoryNumber"],
  receipt: ["receiptInventoryNumber", "issueInventoryNumber"],
};

/**
 * The serials in a line's inventory detail (`inventoryAssignment.items[]`). Returns null
 * when the line has no inventory detail (not a numbered item) and [] for a lot-numbered
 * line: neither is an error, neither has serials. A serialised line whose detail holds
 * fewer serials than its quantity is a MappingError naming the detail.
 *
 * NetSuite has no item that is both lot-numbered and serialised, so a unit's lot travels
 * as `lotNumber` on its assignment row (the customer's script copies it there, e.g. from a
 * custom field: see the README);
 * `expirationDate` is read from the row, else from the line.
 */
export function serialsOf(holder: JsonObject, detailField: string, direction: Direction, path: string): Unit[] | null {
  const detail = holder[detailField];
  const detailPath = `${path}.${detailField}`;
  if (detail === undefined || detail === null) {
    return null;
  }
  if (!isObject(detail)) {
    throw new MappingError(detailPath, "inventoryDetail must be the subrecord object: load the record with expandSubResources=true.");
  }
  const rows = sublist(detail.inventoryAssignment, `${detailPath}.inventoryAssignment`);
  const serialFlag = flag(holder.isSerial);
  // Without the script's isSerial flag, a row of more than one unit can only be a lot.
  const lotNumbered = serialFlag === false || (serialFlag === undefined && rows.some((row) => (quantity(row.quantity) ?? 1) > 1));
  if (lotNumbered) {
    return [];
  }
  const [primary, other] = FIELDS[direction];
  const units = rows.map((row, k): Unit => {
    const rowPath = `${detailPath}.inventoryAssignment.items[${k}]`;
    // Hand-built payloads mix up the two fields; the value is the same serial either way.
    const field = row[primary] === undefined && row[other] !== undefined ? other : primary;
    const serial = ref(row[field])?.refName;
    if (!serial) {
      throw new MappingError(`${rowPath}.${field}`, `The assignment row has no serial number (${field} text or refName).`);
    }
    return {
      serial,
      lot: ref(row.lotNumber)?.refName ?? null,
      expiry: isoDate(row.expirationDate, `${rowPath}.expirationDate`) ?? isoDate(holder.expirationDate, `${path}.expirationDate`),
    };
  });
  const expected = Math.abs(quantity(detail.quantity) ?? quantity(holder.quantity) ?? 0);
  if (units.length < expected) {
    const hint = rows.length === 0 && detail.links !== undefined ? " (the detail came as a link: load with expandSubResources=true)" : "";
    throw new MappingError(detailPath, `Quantity ${expected} of a serialised item, but ${units.length} serial number(s) in inventoryAssignment${hint}.`);
  }
  return units;
}
