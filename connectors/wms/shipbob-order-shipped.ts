import type { ParseResult } from "../core/connector";
import { MappingError } from "../core/errors";
import { lineEvents, locationUri, shipTo, transactions } from "./event";
import { itemOf, serialsOf } from "./line-item";
import type { WmsOptions } from "./options";
import { at, count, list, object, requireText, text, type Json } from "./payload";
import { dateOf, receivedTime, timestampOf, type EventTime } from "./wms-time";

export const SHIPBOB = "shipbob";

/** The ship time: actual fulfilment (connectors.md §4), else the carrier hand-over, else the receipt. */
function shipTime(shipment: Json, options: WmsOptions, receivedAt: Date, path: string): EventTime {
  const fulfilled = text(shipment, "actual_fulfillment_date");
  if (fulfilled) {
    return timestampOf(fulfilled, options.timeZone, at(path, "actual_fulfillment_date"));
  }
  const handedOver = text(object(shipment, "tracking"), "shipping_date");
  return handedOver ? timestampOf(handedOver, options.timeZone, at(path, "tracking.shipping_date")) : receivedTime(receivedAt, options.timeZone);
}

/**
 * ShipBob `order.shipped`: the body is the shipment (Orders.ShipmentViewModel); one
 * `shipping` event per serial in `products[].inventory_items[].serial_numbers`.
 */
export function mapShipbobOrderShipped(shipment: Json, options: WmsOptions, receivedAt: Date, path: string): ParseResult {
  const shipmentId = requireText(shipment, "id", path);
  const locationId = text(object(shipment, "location"), "id");
  const tracking = object(shipment, "tracking");
  const trackingNumber = text(tracking, "tracking_number");
  const bol = text(tracking, "bol");
  const carrier = { name: text(tracking, "carrier") ?? null, scac: text(tracking, "scac") ?? null };
  const shared = {
    source: SHIPBOB,
    document: shipmentId,
    kind: "shipping" as const,
    time: shipTime(shipment, options, receivedAt, path),
    readPoint: locationId ? locationUri(SHIPBOB, "location", locationId) : null,
    bizLocation: null,
    bizTransactions: transactions(["desadv", shipmentId], ["po", text(shipment, "reference_id")], ["bol", trackingNumber], ["bol", bol !== trackingNumber ? bol : undefined]),
    extensions: {
      ...shipTo(object(object(shipment, "recipient"), "address"), "zip_code"),
      ...(carrier.name || carrier.scac ? { "serialhub:carrier": carrier } : {}),
    },
  };
  const events = list(shipment, "products", path).flatMap((product, i) => {
    const productPath = `${at(path, "products")}[${i}]`;
    const inventory = list(product, "inventory_items", productPath).map((unit, j) => {
      const unitPath = `${productPath}.inventory_items[${j}]`;
      return { unit, unitPath, serials: serialsOf(unit, "serial_numbers", count(unit, "quantity", unitPath), unitPath) };
    });
    const serialised = inventory.filter((entry) => entry.serials.length > 0);
    if (serialised.length > 0 && inventory.length > 1) {
      // A bundle: the product SKU names the bundle, not the component a serial belongs to.
      throw new MappingError(`${productPath}.inventory_items`, `Product ${text(product, "sku") ?? i} is a bundle of ${inventory.length} inventory items: its serials cannot be attributed to one product.`);
    }
    return serialised.flatMap(({ unit, unitPath, serials }) =>
      lineEvents(
        {
          ...shared,
          line: `${requireText(product, "id", productPath)}/${requireText(unit, "id", unitPath)}`,
          item: itemOf(product, ["sku", "reference_id"], ["gtin", "upc", "barcode"], productPath),
          lot: text(unit, "lot") ?? null,
          expiry: dateOf(text(unit, "expiration_date"), `${unitPath}.expiration_date`),
        },
        serials,
      ),
    );
  });
  if (events.length === 0) {
    return { kind: "not-supported", reason: `ShipBob shipment ${shipmentId} has no inventory item with serial numbers.` };
  }
  return { kind: "events", events };
}
