import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConnectorEvent, Headers, ParseResult } from "../core/connector";
import { WebhookVerificationError } from "../core/errors";
import { connectorEventId } from "../core/event-id";
import { standardWebhookHeaders } from "../core/signers";
import { HubError } from "../../lib/errors/hub-error";
import { wmsConnector } from "./wms.connector";
import { eventsOf, mappingError } from "../core/testing";

/*
 * Golden: fixtures/shipbob-order-shipped.expected.json was produced by this parser and then
 * reviewed line by line against the payload before it was kept: five events for the five
 * listed serials, none for the serial-less STRIP-50, lines as product/inventory item, lot and
 * expiry (date part of expiration_date) only on the pump, actual_fulfillment_date as the
 * event time, location 156 as read point, reference_id as po, tracking number as bol, and a
 * ship-to without name, street or phone. Its deliveryId is the inbox key the receiver uses
 * for the delivery as signed below: the webhook-id.
 */
const SECRET = `whsec_${Buffer.from("serialhub-wms-test-secret-0001").toString("base64")}`;
const ROTATED = `whsec_${Buffer.from("serialhub-wms-test-secret-0002").toString("base64")}`;
const WEBHOOK_ID = "msg_2w9Qe1VhXk3LQm5tT0yG7b2cR8a";
const RECEIVED_AT = new Date("2025-03-14T09:21:07.250Z");
const TOPIC = { "x-webhook-topic": "order.shipped" };
const options = wmsConnector.validateOptions({});

const body = readFileSync(join(__dirname, "fixtures", "shipbob-order-shipped.json"));
const golden = JSON.parse(readFileSync(join(__dirname, "fixtures", "shipbob-order-shipped.expected.json"), "utf8")) as { deliveryId: string; events: ConnectorEvent[] };

/** The parts of the fixture the variants below change. */
interface InventoryItem {
  id?: number;
  quantity: number;
  serial_numbers: string[];
}
interface Product {
  gtin?: string;
  inventory_items: InventoryItem[];
}
interface ShipmentBody {
  actual_fulfillment_date?: string;
  tracking: { shipping_date?: string };
  products: Product[];
}

function variant(change: (shipment: ShipmentBody) => void): Buffer {
  const shipment = JSON.parse(body.toString("utf8")) as ShipmentBody;
  change(shipment);
  return Buffer.from(JSON.stringify(shipment));
}

const parse = (rawBody: Buffer, headers: Headers = TOPIC, receivedAt = RECEIVED_AT, opts = options): ParseResult =>
  wmsConnector.parse({ rawBody, headers, options: opts, receivedAt });

describe("wmsConnector golden (ShipBob order.shipped)", () => {
  it("maps the fixture to its reviewed expected.json, keyed on the webhook-id", () => {
    const headers = { ...standardWebhookHeaders(SECRET, WEBHOOK_ID, body), ...TOPIC };
    const verified = wmsConnector.verify({ rawBody: body, headers, secrets: [SECRET] });
    const result = parse(body, headers);
    expect({ deliveryId: verified.deliveryId ?? result.deliveryId, events: eventsOf(result) }).toEqual(golden);
  });

  it("derives event ids from (source, shipment, product/inventory item, serial, kind) only", () => {
    const [first] = eventsOf(parse(body));
    expect(first.eventId).toBe(connectorEventId("shipbob", "388185605", "4410021/7710042", "SN-000184", "shipping"));
    const again = eventsOf(parse(body, TOPIC, new Date("2025-03-15T08:00:00Z"))).map((event) => event.eventId);
    expect(again).toEqual(golden.events.map((event) => event.eventId));
  });
});

describe("wmsConnector.verify (Standard Webhooks)", () => {
  const verify = (headers: Headers, secrets: string[] = [SECRET], rawBody = body) => wmsConnector.verify({ rawBody, headers, secrets });

  it("accepts a valid signature and returns the webhook-id as the delivery id", () => {
    expect(verify(standardWebhookHeaders(SECRET, WEBHOOK_ID, body))).toEqual({ deliveryId: WEBHOOK_ID });
  });

  it("refuses a signature made with another secret", () => {
    expect(() => verify(standardWebhookHeaders(ROTATED, WEBHOOK_ID, body))).toThrow(WebhookVerificationError);
  });

  it("refuses a body with one byte changed after signing", () => {
    const tampered = Buffer.from(body);
    tampered[tampered.indexOf("SN-000185") + 8] = "6".charCodeAt(0);
    expect(() => verify(standardWebhookHeaders(SECRET, WEBHOOK_ID, body), [SECRET], tampered)).toThrow(/No secret matches/);
  });

  it("accepts the second secret while a secret is being rotated", () => {
    expect(verify(standardWebhookHeaders(ROTATED, WEBHOOK_ID, body), [SECRET, ROTATED])).toEqual({ deliveryId: WEBHOOK_ID });
  });

  it("refuses every delivery when the tenant has no secret configured", () => {
    expect(() => verify(standardWebhookHeaders(SECRET, WEBHOOK_ID, body), [])).toThrow(/not configured/);
  });

  it("refuses a delivery missing a webhook header", () => {
    const { "webhook-signature": _dropped, ...unsigned } = standardWebhookHeaders(SECRET, WEBHOOK_ID, body);
    expect(() => verify(unsigned)).toThrow(/Missing webhook-id, webhook-timestamp or webhook-signature/);
  });

  it("refuses a timestamp more than 5 minutes in the past or the future", () => {
    const sixMinutes = 6 * 60_000;
    expect(() => verify(standardWebhookHeaders(SECRET, WEBHOOK_ID, body, new Date(Date.now() - sixMinutes)))).toThrow(/5-minute tolerance/);
    expect(() => verify(standardWebhookHeaders(SECRET, WEBHOOK_ID, body, new Date(Date.now() + sixMinutes)))).toThrow(/5-minute tolerance/);
    expect(verify(standardWebhookHeaders(SECRET, WEBHOOK_ID, body, new Date(Date.now() - 4 * 60_000)))).toEqual({ deliveryId: WEBHOOK_ID });
  });

  it("keys a redelivery on its webhook-id; a new webhook-id is a new delivery whose events still collapse by id", () => {
    const first = verify(standardWebhookHeaders(SECRET, WEBHOOK_ID, body)).deliveryId;
    const retry = verify(standardWebhookHeaders(SECRET, WEBHOOK_ID, body, new Date(Date.now() - 60_000))).deliveryId;
    const other = verify(standardWebhookHeaders(SECRET, "msg_other", body)).deliveryId;
    expect(retry).toBe(first);
    expect(other).not.toBe(first);
    expect(parse(body).deliveryId).toBeUndefined();
    const otherEvents = eventsOf(parse(body, { ...standardWebhookHeaders(SECRET, "msg_other", body), ...TOPIC }));
    expect(otherEvents.map((event) => event.eventId)).toEqual(golden.events.map((event) => event.eventId));
  });
});

describe("wms topics", () => {
  it("reads the topic of a {type, timestamp, data} envelope, with payload paths under data", () => {
    const shipment = JSON.parse(body.toString("utf8")) as ShipmentBody;
    const envelope = (data: unknown) => Buffer.from(JSON.stringify({ type: "order.shipped", timestamp: "2025-03-14T09:21:00Z", data }));
    expect(eventsOf(parse(envelope(shipment), {}))).toEqual(golden.events);
    shipment.products[1].inventory_items[0].serial_numbers.pop();
    expect(mappingError(() => parse(envelope(shipment), {})).path).toBe("data.products[1].inventory_items[0].serial_numbers");
  });

  it("prefers the signed body's type over the unsigned topic header", () => {
    const envelope = Buffer.from(JSON.stringify({ type: "order.shipment.cancelled", data: JSON.parse(body.toString("utf8")) as unknown }));
    expect(parse(envelope, TOPIC).kind).toBe("not-supported");
  });

  it("answers unknown, legacy and missing topics not-supported", () => {
    expect(parse(body, { "x-webhook-topic": "order.delivered" })).toEqual({ kind: "not-supported", reason: expect.stringContaining('"order.delivered"') });
    expect(parse(body, { "shipbob-topic": "order_shipped" })).toEqual({ kind: "not-supported", reason: expect.stringContaining('"order_shipped"') });
    expect(parse(body, {})).toEqual({ kind: "not-supported", reason: expect.stringContaining("No topic") });
    expect(parse(body, { "x-webhook-topic": "constructor" }).kind).toBe("not-supported");
  });
});

describe("ShipBob order.shipped mapping", () => {
  it("refuses a body that is not JSON", () => {
    const error = mappingError(() => parse(Buffer.from('{"id": 388185605,')));
    expect([error.path, error.message]).toEqual(["", expect.stringMatching(/not JSON/)]);
  });

  it("refuses an inventory item whose serials do not cover its quantity, naming it", () => {
    const partial = variant((shipment) => shipment.products[1].inventory_items[0].serial_numbers.splice(1, 1));
    const error = mappingError(() => parse(partial));
    expect(error.path).toBe("products[1].inventory_items[0].serial_numbers");
    expect(error.message).toMatch(/counts 3 unit\(s\) but lists 2/);
  });

  it("refuses serials on a bundle, whose SKU does not name the serialised component", () => {
    const bundle = variant((shipment) => shipment.products[0].inventory_items.push({ id: 7710099, quantity: 2, serial_numbers: [] }));
    expect(mappingError(() => parse(bundle)).path).toBe("products[0].inventory_items");
  });

  it("answers a shipment without any serial not-supported", () => {
    const plain = variant((shipment) => shipment.products.forEach((product) => product.inventory_items.forEach((item) => (item.serial_numbers = []))));
    expect(parse(plain)).toEqual({ kind: "not-supported", reason: expect.stringContaining("388185605 has no inventory item with serial numbers") });
  });

  it("reads a timestamp without offset in the configured zone, and keeps an explicit one", () => {
    const naive = variant((shipment) => (shipment.actual_fulfillment_date = "2025-03-14 04:18:40"));
    const [first] = eventsOf(parse(naive, TOPIC, RECEIVED_AT, wmsConnector.validateOptions({ timeZone: "America/Chicago" })));
    expect([first.eventTime, first.eventTimeZoneOffset]).toEqual(["2025-03-14T04:18:40-05:00", "-05:00"]);
    const compact = variant((shipment) => (shipment.actual_fulfillment_date = "2025-03-14T10:18:40.250+0100"));
    const [kept] = eventsOf(parse(compact, TOPIC, RECEIVED_AT, wmsConnector.validateOptions({ timeZone: "America/Chicago" })));
    expect([kept.eventTime, kept.eventTimeZoneOffset]).toEqual(["2025-03-14T10:18:40.250+01:00", "+01:00"]);
  });

  it("falls back to the carrier hand-over, then to the receipt time", () => {
    const handedOver = variant((shipment) => delete shipment.actual_fulfillment_date);
    expect(eventsOf(parse(handedOver))[0].eventTime).toBe("2025-03-14T09:20:00+00:00");
    const bare = variant((shipment) => {
      delete shipment.actual_fulfillment_date;
      delete shipment.tracking.shipping_date;
    });
    expect(eventsOf(parse(bare))[0].eventTime).toBe("2025-03-14T09:21:07+00:00");
    for (const garbled of ["14.03.2025", "2025-03-14T25:10:00Z", "2025-02-30T10:00:00Z"]) {
      const shipment = variant((s) => (s.actual_fulfillment_date = garbled));
      expect(mappingError(() => parse(shipment)).path).toBe("actual_fulfillment_date");
    }
  });

  it("takes a GTIN from the product when it has a valid one", () => {
    const withGtin = variant((shipment) => (shipment.products[0].gtin = "04012345111118"));
    expect(eventsOf(parse(withGtin))[0].item).toEqual({ gtin: "04012345111118", sku: "INF-PUMP-200" });
  });
});

describe("wmsConnector secrets", () => {
  it("accepts whsec_ secrets only", () => {
    expect(wmsConnector.secretProblem?.(SECRET)).toBeUndefined();
    expect(wmsConnector.secretProblem?.("plain-password-of-some-length")).toBeDefined();
  });
});

describe("wmsConnector.validateOptions", () => {
  it("defaults the time zone and names the field it refuses", () => {
    expect(wmsConnector.validateOptions(undefined)).toEqual({ timeZone: "UTC" });
    expect(wmsConnector.validateOptions({ timeZone: "Europe/Berlin" })).toEqual({ timeZone: "Europe/Berlin" });
    for (const [raw, field] of [
      [{ timeZone: "Central" }, "input.options.timeZone"],
      [{ acceptTestWebhooks: true }, "input.options.acceptTestWebhooks"],
      ["UTC", "input.options"],
    ] as const) {
      expect(() => wmsConnector.validateOptions(raw)).toThrow(HubError);
      try {
        wmsConnector.validateOptions(raw);
      } catch (error) {
        expect((error as HubError).details).toEqual({ field });
      }
    }
  });
});
