import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConnectorEvent, Headers, ParseResult } from "../core/connector";
import { WebhookVerificationError } from "../core/errors";
import { connectorEventId } from "../core/event-id";
import { shipheroHeaders } from "../core/signers";
import { HubError } from "../../lib/errors/hub-error";
import { shipheroConnector } from "./shiphero.connector";
import { eventsOf, mappingError } from "../core/testing";

/*
 * Goldens: each fixtures/<name>.expected.json was produced by this parser and then reviewed
 * line by line against its payload before it was kept: one event per listed serial and none
 * for serial-less lines, line ids (shiphero_id / id), lot and expiry only where the line has
 * them, the receipt time in America/Los_Angeles (-07:00 after the 9 March 2025 DST change),
 * warehouse 81022 as read point, business transactions and extensions. Changing a golden
 * is changing the mapping. The PO and Return fixtures carry `serial_numbers` on their lines,
 * which ShipHero's documented samples do not show (connectors.md §6: to verify).
 */
const RECEIVED: Record<string, Date> = {
  "shiphero-shipment-update": new Date("2025-03-14T09:25:03.512Z"),
  "shiphero-po-update": new Date("2025-03-12T21:40:17.084Z"),
  "shiphero-return-update": new Date("2025-03-24T16:11:45.930Z"),
};
const options = shipheroConnector.validateOptions({ timeZone: "America/Los_Angeles" });
const SECRET = "shiphero-shared-signature-secret-1";

const fixture = (name: string): Buffer => readFileSync(join(__dirname, "fixtures", `${name}.json`));
const expected = (name: string): { deliveryId: string; events: ConnectorEvent[] } =>
  JSON.parse(readFileSync(join(__dirname, "fixtures", `${name}.expected.json`), "utf8")) as { deliveryId: string; events: ConnectorEvent[] };

/** The parts of the fixtures the variants below change. */
interface Line {
  serial_numbers?: string[];
  quantity_received?: number;
  lot_expiration?: string | null;
  barcode?: string;
}
interface ShipmentBody {
  test: string;
  fulfillment: { shipment_id?: number; shipping_method: string; line_items: Line[] };
}
interface PoBody {
  webhook_type?: string;
  purchase_order: { status?: string; line_items: Line[] };
}

/** The fixture with one change, as ShipHero would send it. */
function variant<Body>(name: string, change: (body: Body) => void): Buffer {
  const body = JSON.parse(fixture(name).toString("utf8")) as Body;
  change(body);
  return Buffer.from(JSON.stringify(body));
}

const parse = (rawBody: Buffer, receivedAt = RECEIVED["shiphero-shipment-update"], opts = options): ParseResult =>
  shipheroConnector.parse({ rawBody, headers: {}, options: opts, receivedAt });

describe("shipheroConnector.parse goldens", () => {
  it.each(Object.keys(RECEIVED))("%s maps to its reviewed expected.json", (name) => {
    const result = parse(fixture(name), RECEIVED[name]);
    expect(result.kind).toBe("events");
    expect({ deliveryId: result.deliveryId, events: eventsOf(result) }).toEqual(expected(name));
  });

  it("derives event ids from (source, shipment, ShipHero line id, serial, kind) only", () => {
    const [first] = eventsOf(parse(fixture("shiphero-shipment-update")));
    expect(first.eventId).toBe(connectorEventId("shiphero", "402118833", "918273645", "SN-000184", "shipping"));
  });

  it("gives the same ids when the same delivery is parsed twice, even at another receipt time", () => {
    const ids = (receivedAt: Date) => eventsOf(parse(fixture("shiphero-shipment-update"), receivedAt)).map((event) => event.eventId);
    const once = ids(RECEIVED["shiphero-shipment-update"]);
    expect(ids(RECEIVED["shiphero-shipment-update"])).toEqual(once);
    expect(ids(new Date("2025-03-15T00:00:00Z"))).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
  });
});

describe("shipheroConnector.verify", () => {
  const body = fixture("shiphero-shipment-update");
  const verify = (headers: Headers, secrets: string[] = [SECRET], rawBody = body) => shipheroConnector.verify({ rawBody, headers, secrets });

  it("accepts a body signed with the tenant's secret", () => {
    expect(verify(shipheroHeaders(SECRET, body))).toEqual({});
  });

  it("refuses a signature made with another secret", () => {
    expect(() => verify(shipheroHeaders("someone-else", body))).toThrow(WebhookVerificationError);
  });

  it("refuses a body with one byte changed after signing", () => {
    const tampered = Buffer.from(body);
    const at = tampered.indexOf("SN-000184") + 8;
    tampered[at] = "5".charCodeAt(0);
    expect(tampered.equals(body)).toBe(false);
    expect(() => verify(shipheroHeaders(SECRET, body), [SECRET], tampered)).toThrow(/does not match the body/);
  });

  it("accepts the second secret while a secret is being rotated", () => {
    expect(verify(shipheroHeaders("new-secret", body), [SECRET, "new-secret"])).toEqual({});
  });

  it("refuses every delivery when the tenant has no secret configured", () => {
    expect(() => verify(shipheroHeaders(SECRET, body), [])).toThrow(/not configured/);
  });

  it("refuses a delivery without x-shiphero-hmac-sha256", () => {
    expect(() => verify({ "x-shiphero-message-id": "01JPA7Q6V5T8X3K9M2N4B6C8D0" })).toThrow(/Missing x-shiphero-hmac-sha256/);
  });
});

describe("shiphero dedupe keys", () => {
  const body = fixture("shiphero-shipment-update");
  /** The key the receiver stores the delivery under: verify's, else parse's. */
  const inboxKey = (headers: Headers, rawBody = body) =>
    shipheroConnector.verify({ rawBody, headers, secrets: [SECRET] }).deliveryId ?? parse(rawBody).deliveryId;

  it("ignores x-shiphero-message-id, which the signature does not cover: a replay under a new message id is the same delivery", () => {
    const key = inboxKey(shipheroHeaders(SECRET, body));
    expect(inboxKey(shipheroHeaders(SECRET, body, "01JPA7Q6V5T8X3K9M2N4B6C8D0"))).toBe(key);
    expect(inboxKey(shipheroHeaders(SECRET, body, "replayed-under-another-id"))).toBe(key);
  });

  it("falls back to the shipment id and the serials it carries, so a correction with other serials is not taken for a redelivery", () => {
    const key = inboxKey(shipheroHeaders(SECRET, body));
    expect(key).toMatch(/^shipment-update:402118833#[0-9a-f]{16}$/);
    const resent = variant<ShipmentBody>("shiphero-shipment-update", (b) => (b.fulfillment.shipping_method = "2nd day"));
    expect(inboxKey(shipheroHeaders(SECRET, resent), resent)).toBe(key);
    const corrected = variant<ShipmentBody>("shiphero-shipment-update", (b) => {
      const line = b.fulfillment.line_items[0] as { serial_numbers?: string[] };
      line.serial_numbers = line.serial_numbers?.map((serial, i) => (i === 0 ? `${serial}-X` : serial));
    });
    expect(inboxKey(shipheroHeaders(SECRET, corrected), corrected)).not.toBe(key);
  });

  it("keys a PO or return by its id and the serials it carries, as those webhooks repeat while goods arrive", () => {
    const po = parse(fixture("shiphero-po-update")).deliveryId;
    expect(po).toMatch(/^po-update:1070110#[0-9a-f]{16}$/);
    expect(parse(variant<PoBody>("shiphero-po-update", (b) => (b.purchase_order.status = "pending"))).deliveryId).toBe(po);
    const more = variant<PoBody>("shiphero-po-update", (b) => {
      b.purchase_order.line_items[2].quantity_received = 201;
      b.purchase_order.line_items[1].quantity_received = 4;
      b.purchase_order.line_items[1].serial_numbers?.push("GM7-25-00104");
    });
    expect(parse(more).deliveryId).not.toBe(po);
    expect(parse(fixture("shiphero-return-update")).deliveryId).toMatch(/^return-update:3394303#[0-9a-f]{16}$/);
  });
});

describe("shiphero mapping", () => {
  it("refuses a body that is not JSON", () => {
    const error = mappingError(() => parse(Buffer.from('{"webhook_type": "Shipment Update", ')));
    expect(error.path).toBe("");
    expect(error.message).toMatch(/not JSON/);
  });

  it("refuses a line whose serials do not cover its quantity, naming the line", () => {
    const partial = variant<ShipmentBody>("shiphero-shipment-update", (b) => b.fulfillment.line_items[1].serial_numbers?.pop());
    const error = mappingError(() => parse(partial));
    expect(error.path).toBe("fulfillment.line_items[1].serial_numbers");
    expect(error.message).toMatch(/counts 3 unit\(s\) but lists 2/);
  });

  it("skips a line with no serials, as ShipHero has no flag telling a serialised product from another", () => {
    const events = eventsOf(parse(fixture("shiphero-shipment-update")));
    expect(events.some((event) => event.item.sku === "STRIP-50")).toBe(false);
  });

  it("refuses a serial listed twice and a missing shipment id, with their paths", () => {
    const twice = variant<ShipmentBody>("shiphero-shipment-update", (b) => (b.fulfillment.line_items[0].serial_numbers = ["SN-000184", "SN-000184"]));
    expect(mappingError(() => parse(twice)).path).toBe("fulfillment.line_items[0].serial_numbers");
    const anonymous = variant<ShipmentBody>("shiphero-shipment-update", (b) => delete b.fulfillment.shipment_id);
    expect(mappingError(() => parse(anonymous)).path).toBe("fulfillment.shipment_id");
    const badExpiry = variant<ShipmentBody>("shiphero-shipment-update", (b) => (b.fulfillment.line_items[0].lot_expiration = "31/01/2027"));
    expect(mappingError(() => parse(badExpiry)).path).toBe("fulfillment.line_items[0].lot_expiration");
  });

  it("answers other webhook types not-supported", () => {
    const inventory = Buffer.from(JSON.stringify({ account_id: 7556, webhook_type: "Inventory Update", inventory: [] }));
    expect(parse(inventory)).toEqual({ kind: "not-supported", reason: expect.stringContaining('"Inventory Update"') });
    expect(parse(Buffer.from("{}"))).toEqual({ kind: "not-supported", reason: expect.stringContaining("no ShipHero webhook_type") });
  });

  it("reads a PO Update without webhook_type, as ShipHero's documented sample is", () => {
    const untyped = variant<PoBody>("shiphero-po-update", (b) => delete b.webhook_type);
    expect(eventsOf(parse(untyped))).toEqual(expected("shiphero-po-update").events.map((event) => ({ ...event, eventTime: expect.any(String) })));
  });

  it("answers a PO update or shipment without any serial not-supported, with the reason", () => {
    const none = variant<PoBody>("shiphero-po-update", (b) => b.purchase_order.line_items.forEach((line) => delete line.serial_numbers));
    const result = parse(none);
    expect(result).toEqual({ kind: "not-supported", reason: expect.stringContaining("PO-2025-0031: no line item carries serial numbers"), deliveryId: expect.stringMatching(/^po-update:1070110#/) });
    const plain = variant<ShipmentBody>("shiphero-shipment-update", (b) => b.fulfillment.line_items.forEach((line) => (line.serial_numbers = [])));
    expect(parse(plain)).toMatchObject({ kind: "not-supported", deliveryId: "shipment-update:402118833" });
  });

  it("leaves ShipHero's test deliveries unmapped unless acceptTestWebhooks is set", () => {
    const test = variant<ShipmentBody>("shiphero-shipment-update", (b) => (b.test = "1"));
    expect(parse(test).kind).toBe("not-supported");
    const accepting = shipheroConnector.validateOptions({ acceptTestWebhooks: true });
    expect(eventsOf(parse(test, undefined, accepting))).toHaveLength(5);
  });

  it("takes a GTIN from a barcode that is one, and ignores a warehouse barcode that is not", () => {
    const barcoded = variant<ShipmentBody>("shiphero-shipment-update", (b) => {
      b.fulfillment.line_items[0].barcode = "4012345111118";
      b.fulfillment.line_items[1].barcode = "WH-GM7";
    });
    const events = eventsOf(parse(barcoded));
    expect(events[0].item).toEqual({ gtin: "04012345111118", sku: "INF-PUMP-200" });
    expect(events[2].item).toEqual({ sku: "GLUCO-METER-7" });
  });

  it("writes the receipt time in UTC by default", () => {
    const [first] = eventsOf(parse(fixture("shiphero-shipment-update"), undefined, shipheroConnector.validateOptions(undefined)));
    expect([first.eventTime, first.eventTimeZoneOffset]).toEqual(["2025-03-14T09:25:03+00:00", "+00:00"]);
  });
});

describe("shipheroConnector answer and secrets", () => {
  it("acknowledges with the fields ShipHero waits for", () => {
    expect(shipheroConnector.acknowledgement).toMatchObject({ code: "200", Status: "Success" });
  });

  it("refuses a guessable secret when it is configured", () => {
    expect(shipheroConnector.secretProblem?.("short")).toMatch(/too short/);
    expect(shipheroConnector.secretProblem?.(SECRET)).toBeUndefined();
  });
});

describe("shipheroConnector.validateOptions", () => {
  const fieldOf = (raw: unknown): unknown => {
    try {
      shipheroConnector.validateOptions(raw);
    } catch (error) {
      expect(error).toBeInstanceOf(HubError);
      expect((error as HubError).code).toBe("BAD_USER_INPUT");
      return (error as HubError).details.field;
    }
    throw new Error("expected a BAD_USER_INPUT error");
  };

  it("defaults every field", () => {
    expect(shipheroConnector.validateOptions({})).toEqual({ timeZone: "UTC", acceptTestWebhooks: false });
    expect(shipheroConnector.validateOptions(null)).toEqual({ timeZone: "UTC", acceptTestWebhooks: false });
  });

  it("names the field it refuses", () => {
    expect(fieldOf({ timeZone: "Mars/Olympus" })).toBe("input.options.timeZone");
    expect(fieldOf({ timeZone: 7 })).toBe("input.options.timeZone");
    expect(fieldOf({ acceptTestWebhooks: "yes" })).toBe("input.options.acceptTestWebhooks");
    expect(fieldOf({ timezone: "UTC" })).toBe("input.options.timezone");
    expect(fieldOf(["UTC"])).toBe("input.options");
  });
});
