import type { ParseResult } from "../core/connector";
import { MappingError } from "../core/errors";
import { lineEvents, locationUri, progressKey, transactions } from "./event";
import { itemOf, serialsOf } from "./line-item";
import type { ShipheroOptions } from "./options";
import { count, list, object, requireText, text, type Json } from "./payload";
import { SHIPHERO, SHIPHERO_BARCODES } from "./shiphero-shipment";
import { dateOf, receivedTime } from "./wms-time";

/*
 * PO and Return Updates fire on every change of the document, cumulatively. ShipHero's
 * documented samples carry no serial numbers and no time of receipt, so:
 * - serials are read from `serial_numbers` on a line, the name Shipment Update uses, when
 *   the account sends them (to be confirmed with a live tenant, connectors.md §6); a line
 *   without them is skipped, and a document without any is not-supported;
 * - the event time is the receipt of the first update that carries a serial (later updates
 *   repeat it under the same event id); `created_at` of a return is when it was opened, days
 *   before the goods arrive, so it is not used.
 */

function warehouse(id: string | undefined): string | null {
  return id ? locationUri(SHIPHERO, "warehouse", id) : null;
}

/** PO Update → `receiving`, counted against `quantity_received`. */
export function mapPoUpdate(body: Json, options: ShipheroOptions, receivedAt: Date): ParseResult {
  const order = object(body, "purchase_order");
  if (!order) {
    throw new MappingError("purchase_order", "A PO Update carries its purchase order in `purchase_order`; it is missing.");
  }
  const path = "purchase_order";
  const id = requireText(order, "id", path);
  const time = receivedTime(receivedAt, options.timeZone);
  const events = list(order, "line_items", path).flatMap((line, i) => {
    const linePath = `${path}.line_items[${i}]`;
    const serials = serialsOf(line, "serial_numbers", count(line, "quantity_received", linePath), linePath);
    const location = warehouse(text(line, "warehouse_id") ?? text(order, "warehouse_id"));
    return serials.length === 0
      ? []
      : lineEvents(
          {
            source: SHIPHERO,
            document: id,
            line: requireText(line, "id", linePath),
            kind: "receiving",
            time,
            item: itemOf(line, ["sku"], SHIPHERO_BARCODES, linePath),
            lot: text(line, "lot_name") ?? null,
            expiry: dateOf(text(line, "lot_expiration"), `${linePath}.lot_expiration`),
            readPoint: location,
            bizLocation: location,
            bizTransactions: transactions(["po", text(order, "po_number") ?? id]),
            extensions: {},
          },
          serials,
        );
  });
  const deliveryId = progressKey("po-update", id, events);
  if (events.length === 0) {
    return { kind: "not-supported", reason: `Purchase order ${text(order, "po_number") ?? id}: no line item carries serial numbers (serial_numbers).`, deliveryId };
  }
  return { kind: "events", events, deliveryId };
}

/** Return Update → `returned`, counted against `quantity_received`. */
export function mapReturnUpdate(body: Json, options: ShipheroOptions, receivedAt: Date): ParseResult {
  const id = requireText(body, "return_id", "");
  const time = receivedTime(receivedAt, options.timeZone);
  const documents = transactions(["rma", id], ["po", text(body, "order_number")], ["bol", text(body, "tracking_number")]);
  const events = list(body, "items", "").flatMap((item, i) => {
    const itemPath = `items[${i}]`;
    const serials = serialsOf(item, "serial_numbers", count(item, "quantity_received", itemPath), itemPath);
    const location = warehouse(text(item, "warehouse_id"));
    const reason = text(item, "item_reason") ?? text(body, "reason");
    return serials.length === 0
      ? []
      : lineEvents(
          {
            source: SHIPHERO,
            document: id,
            line: requireText(item, "id", itemPath),
            kind: "returned",
            time,
            item: itemOf(item, ["sku"], SHIPHERO_BARCODES, itemPath),
            lot: text(item, "lot_name") ?? null,
            expiry: dateOf(text(item, "lot_expiration"), `${itemPath}.lot_expiration`),
            readPoint: location,
            bizLocation: location,
            bizTransactions: documents,
            extensions: reason ? { "serialhub:returnReason": reason } : {},
          },
          serials,
        );
  });
  const deliveryId = progressKey("return-update", id, events);
  if (events.length === 0) {
    return { kind: "not-supported", reason: `Return ${id}: no item carries serial numbers (serial_numbers).`, deliveryId };
  }
  return { kind: "events", events, deliveryId };
}
