import type { ParseResult } from "../core/connector";
import { MappingError } from "../core/errors";
import { lineEvents, locationUri, progressKey, shipTo, transactions } from "./event";
import { itemOf, serialsOf } from "./line-item";
import type { ShipheroOptions } from "./options";
import { count, list, object, requireText, text, type Json } from "./payload";
import { dateOf, receivedTime } from "./wms-time";

export const SHIPHERO = "shiphero";

/** ShipHero's line items name no GTIN; `barcode` is the field of its product model, read in case a line carries it. */
export const SHIPHERO_BARCODES = ["barcode"] as const;

/**
 * Shipment Update: one `shipping` event per serial in `fulfillment.line_items[].serial_numbers`.
 * ShipHero documents no event time in this webhook, so the receipt time stands in: the
 * webhook fires as the order is fulfilled.
 */
export function mapShipmentUpdate(body: Json, options: ShipheroOptions, receivedAt: Date): ParseResult {
  const fulfillment = object(body, "fulfillment");
  if (!fulfillment) {
    throw new MappingError("fulfillment", "A Shipment Update carries its shipment in `fulfillment`; it is missing.");
  }
  const path = "fulfillment";
  const shipmentId = requireText(fulfillment, "shipment_id", path);
  // A later update of the same shipment with other serials must not pass for a redelivery.
  const deliveryId = `shipment-update:${shipmentId}`;
  const warehouseId = text(fulfillment, "warehouse_id");
  const carrier = { name: text(fulfillment, "shipping_carrier") ?? null, method: text(fulfillment, "shipping_method") ?? null };
  const shared = {
    source: SHIPHERO,
    document: shipmentId,
    kind: "shipping" as const,
    time: receivedTime(receivedAt, options.timeZone),
    readPoint: warehouseId ? locationUri(SHIPHERO, "warehouse", warehouseId) : null,
    bizLocation: null,
    // The legacy top-level tracking number: packages[] is more precise per ShipHero, but its shape is not confirmed yet.
    bizTransactions: transactions(["desadv", shipmentId], ["po", text(fulfillment, "order_number")], ["bol", text(fulfillment, "tracking_number")]),
  };
  const events = list(fulfillment, "line_items", path).flatMap((line, i) => {
    const linePath = `${path}.line_items[${i}]`;
    const serials = serialsOf(line, "serial_numbers", count(line, "quantity", linePath), linePath);
    if (serials.length === 0) {
      return [];
    }
    const packageName = text(line, "package");
    return lineEvents(
      {
        ...shared,
        // shiphero_id is ShipHero's own line id; `id` is the shop's and may be missing on manual orders.
        line: text(line, "shiphero_id") ?? requireText(line, "id", linePath),
        item: itemOf(line, ["sku"], SHIPHERO_BARCODES, linePath),
        lot: text(line, "lot_name") ?? null,
        expiry: dateOf(text(line, "lot_expiration"), `${linePath}.lot_expiration`),
        extensions: {
          ...shipTo(object(fulfillment, "shipping_address"), "zip"),
          ...(carrier.name || carrier.method ? { "serialhub:carrier": carrier } : {}),
          ...(packageName ? { "serialhub:package": packageName } : {}),
        },
      },
      serials,
    );
  });
  if (events.length === 0) {
    return { kind: "not-supported", reason: `Shipment ${shipmentId} has no line item with serial numbers.`, deliveryId };
  }
  return { kind: "events", events, deliveryId: progressKey("shipment-update", shipmentId, events) };
}
