import { parseGtin } from "../../lib/gs1/gtin";
import type { ConnectorEvent } from "../core/connector";
import { MappingError } from "../core/errors";
import { at, text, type Json } from "./payload";

/**
 * The serial numbers of one line. Neither ShipHero nor ShipBob flags a line as serialised,
 * so an empty or absent list is a product without serials and the line is skipped. What
 * can be seen is a partial scan: serials listed, but not one per unit of the quantity. That
 * would silently lose or invent units, so it is refused with the path.
 */
export function serialsOf(line: Json, key: string, quantity: number | undefined, path: string): string[] {
  const value = line[key];
  const where = at(path, key);
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw new MappingError(where, `${key} must be a list of serial numbers.`);
  }
  const serials = value.map((serial, i) => {
    if (typeof serial !== "string" || serial.trim() === "") {
      throw new MappingError(`${where}[${i}]`, `A serial number must be a non-empty string, not ${JSON.stringify(serial)}.`);
    }
    return serial.trim();
  });
  const repeated = serials.find((serial, i) => serials.indexOf(serial) !== i);
  if (repeated !== undefined) {
    throw new MappingError(where, `Serial number "${repeated}" is listed twice on the line.`);
  }
  if (serials.length > 0 && quantity !== undefined && serials.length !== quantity) {
    throw new MappingError(where, `The line counts ${quantity} unit(s) but lists ${serials.length} serial number(s): every unit of a serialised line needs its serial.`);
  }
  return serials;
}

/**
 * The product: the WMS SKU, which the pipeline resolves through the catalogue, and the GTIN
 * when a barcode field holds one. Warehouses often print their own non-GS1 barcodes, so a
 * barcode that is not a GTIN is not an error, just not a GTIN.
 */
export function itemOf(record: Json, skuKeys: readonly string[], barcodeKeys: readonly string[], path: string): ConnectorEvent["item"] {
  const sku = skuKeys.map((key) => text(record, key)).find(Boolean);
  const gtin = barcodeKeys
    .map((key) => text(record, key))
    .map((barcode) => (barcode ? parseGtin(barcode) : undefined))
    .find((result) => result?.ok);
  if (!sku && !gtin?.ok) {
    throw new MappingError(at(path, skuKeys[0]), `The line has no ${skuKeys.join("/")} and no GTIN barcode: the product cannot be identified.`);
  }
  return { ...(gtin?.ok ? { gtin: gtin.gtin14 } : {}), ...(sku ? { sku } : {}) };
}
