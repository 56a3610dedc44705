import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HubError } from "../../lib/errors/hub-error";
import type { ConnectorEvent, ParseResult } from "../core/connector";
import { MappingError, WebhookVerificationError } from "../core/errors";
import { connectorEventId } from "../core/event-id";
import { standardWebhookHeaders } from "../core/signers";
import { netsuiteConnector } from "./netsuite.connector";
import type { NetsuiteOptions } from "./options";
import { eventsOf } from "../core/testing";

type Json = Record<string, unknown>;

const FIXTURES = join(__dirname, "fixtures");
const load = (name: string): Json => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), "utf8")) as Json;

/** Parent node and key of a path in MappingError notation (`record.item.items[2].inventoryDetail`). */
function locate(root: Json, path: string): [Json, string] {
  const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  const parent = keys.slice(0, -1).reduce<Json>((node, key) => node[key] as Json, root);
  return [parent, keys[keys.length - 1]];
}
const getAt = (root: Json, path: string): unknown => {
  const [parent, key] = locate(root, path);
  return parent[key];
};
/** Sets (or, with undefined, deletes) a fixture field in place. */
function setAt(root: Json, path: string, value: unknown): Json {
  const [parent, key] = locate(root, path);
  if (value === undefined) {
    delete parent[key];
  } else {
    parent[key] = value;
  }
  return root;
}
const secret = (): string => `whsec_${randomBytes(24).toString("base64")}`;

function parse(payload: Json | string, options: Partial<NetsuiteOptions> = {}): ParseResult {
  const rawBody = Buffer.from(typeof payload === "string" ? payload : JSON.stringify(payload));
  return netsuiteConnector.parse({ rawBody, headers: {}, options: netsuiteConnector.validateOptions(options), receivedAt: new Date("2025-04-01T00:00:00Z") });
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

function mappingError(run: () => unknown): MappingError {
  const error = thrown(run);
  expect(error).toBeInstanceOf(MappingError);
  return error as MappingError;
}

/*
 * Goldens: each <name>.expected.json was produced by this parser and then reviewed line by
 * line against its payload (serial counts per line, skipped lot-only / unfulfilled /
 * non-inventory lines, GTIN vs item code, zone offsets, business transactions). They are
 * reviewed goldens, not snapshots: regenerate only with the same review.
 */
const GOLDENS: [string, Partial<NetsuiteOptions>][] = [
  ["item-fulfillment", { timeZone: "America/Los_Angeles" }],
  ["item-receipt", { timeZone: "America/New_York" }],
  ["cash-sale", { timeZone: "Europe/Berlin", itemKey: "id" }],
  ["return-receipt", { timeZone: "America/Los_Angeles" }],
  ["assembly-build", { timeZone: "Europe/Berlin" }],
];

describe("netsuite connector: goldens", () => {
  it.each(GOLDENS)("maps %s as its reviewed golden", (name, options) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), "utf8")) as { deliveryId: string; events: ConnectorEvent[] };
    const result = parse(load(name), options);
    expect(JSON.parse(JSON.stringify({ deliveryId: result.deliveryId, events: eventsOf(result) }))).toEqual(expected);
    for (const event of expected.events) {
      expect(event.eventId).toBe(connectorEventId("netsuite", event.document, event.line, event.serial, event.kind));
      expect(event.eventTimeZoneOffset).toMatch(/^[+-]\d{2}:\d{2}$/);
      expect(event.eventTime.endsWith(event.eventTimeZoneOffset)).toBe(true);
    }
  });
});

describe("netsuite connector: verify (Standard Webhooks)", () => {
  const body = Buffer.from(readFileSync(join(FIXTURES, "item-fulfillment.json")));
  const verify = (secrets: string[], headers: Record<string, string | undefined>, rawBody = body) => netsuiteConnector.verify({ rawBody, headers, secrets });

  it("accepts a valid signature and returns the webhook-id as deliveryId", () => {
    const key = secret();
    expect(verify([key], standardWebhookHeaders(key, "msg_ns_1", body))).toEqual({ deliveryId: "msg_ns_1" });
  });

  it("refuses a signature made with another secret", () => {
    expect(thrown(() => verify([secret()], standardWebhookHeaders(secret(), "msg_ns_2", body)))).toBeInstanceOf(WebhookVerificationError);
  });

  it("refuses a body with one byte changed", () => {
    const key = secret();
    const headers = standardWebhookHeaders(key, "msg_ns_3", body);
    const tampered = Buffer.from(body);
    const at = body.indexOf("SN-000184") + 8;
    tampered[at] = tampered[at] === 0x34 ? 0x35 : 0x34;
    expect(tampered.filter((byte, i) => byte !== body[i]).length).toBe(1);
    expect(thrown(() => verify([key], headers, tampered))).toBeInstanceOf(WebhookVerificationError);
  });

  it.each([
    ["more than 5 minutes old", -6],
    ["more than 5 minutes in the future", 6],
  ])("refuses a timestamp %s", (_label, minutes) => {
    const key = secret();
    const headers = standardWebhookHeaders(key, "msg_ns_4", body, new Date(Date.now() + minutes * 60_000));
    const error = thrown(() => verify([key], headers));
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toMatch(/tolerance/);
  });

  it("accepts the second of two configured secrets (rotation)", () => {
    const [old, rotated] = [secret(), secret()];
    expect(verify([old, rotated], standardWebhookHeaders(rotated, "msg_ns_5", body))).toEqual({ deliveryId: "msg_ns_5" });
  });

  it("refuses every delivery while no secret is configured", () => {
    const error = thrown(() => verify([], standardWebhookHeaders(secret(), "msg_ns_6", body)));
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toMatch(/configureConnector/);
  });

  it("accepts only Standard Webhooks secrets at configureConnector", () => {
    expect(netsuiteConnector.secretProblem?.(secret())).toBeUndefined();
    expect(netsuiteConnector.secretProblem?.("a-plain-password-of-some-length")).toBeDefined();
  });

  it.each(["webhook-id", "webhook-timestamp", "webhook-signature"])("refuses a delivery without %s", (header) => {
    const key = secret();
    const headers: Record<string, string | undefined> = { ...standardWebhookHeaders(key, "msg_ns_7", body), [header]: undefined };
    const error = thrown(() => verify([key], headers));
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toMatch(/Missing/);
  });
});

describe("netsuite connector: envelope", () => {
  it("reports malformed JSON with the parser's reason", () => {
    const error = mappingError(() => parse('{"eventId": "x", "record": {'));
    expect(error.path).toBe("body");
    expect(error.message).toMatch(/not JSON: .+/);
  });

  it("refuses a body that is not an object", () => {
    expect(mappingError(() => parse("[1, 2]")).path).toBe("body");
  });

  it.each(["eventId", "eventType", "recordType", "record"])("names the missing envelope field %s", (field) => {
    const payload = setAt(load("item-receipt"), field, undefined);
    expect(mappingError(() => parse(payload)).path).toBe(field);
  });

  it("refuses an eventType about another record type", () => {
    const payload = { ...load("item-receipt"), eventType: "itemFulfillment.create" };
    expect(mappingError(() => parse(payload)).path).toBe("eventType");
  });

  it("returns the envelope's eventId as deliveryId, also when nothing is mapped", () => {
    const payload = { ...load("item-receipt"), eventType: "itemReceipt.delete" };
    expect(parse(payload)).toEqual({ kind: "not-supported", reason: expect.stringMatching(/delete/), deliveryId: "0b7c4d21-5a9e-4f3c-8e61-7d2a9c4e1f05" });
  });
});

describe("netsuite connector: what is not mapped", () => {
  it.each([
    ["an unmapped record type", { recordType: "inventoryAdjustment", eventType: "inventoryAdjustment.create" }, /inventoryAdjustment/],
    ["a return authorization (the item receipt carries the return)", { recordType: "returnAuthorization", eventType: "returnAuthorization.edit" }, /item receipt/],
    ["a delete event", { eventType: "itemFulfillment.delete" }, /delete/],
  ])("answers not-supported for %s", (_label, patch, reason) => {
    const result = parse({ ...load("item-fulfillment"), ...patch });
    expect(result.kind).toBe("not-supported");
    expect(result.kind === "not-supported" && result.reason).toMatch(reason);
  });

  it("waits for a fulfilment to ship (packed is not shipped)", () => {
    const payload = setAt(load("item-fulfillment"), "record.shipStatus", { id: "B", refName: "Packed" });
    expect(parse(payload)).toMatchObject({ kind: "not-supported", reason: expect.stringMatching(/Packed/) });
  });

  it("answers not-supported for a record without serialised lines", () => {
    const payload = load("cash-sale");
    setAt(payload, "record.item.items", (getAt(payload, "record.item.items") as Json[]).filter((line) => !line.inventoryDetail));
    expect(parse(payload)).toMatchObject({ kind: "not-supported", reason: expect.stringMatching(/CS-2291/) });
  });
});

describe("netsuite connector: missing serials", () => {
  it("names the inventory detail of a serialised line without serials", () => {
    const payload = setAt(load("item-fulfillment"), "record.item.items[2].inventoryDetail.inventoryAssignment.items", []);
    const error = mappingError(() => parse(payload));
    expect(error.path).toBe("record.item.items[2].inventoryDetail");
    expect(error.message).toMatch(/Quantity 2 .* 0 serial/);
  });

  it("names the detail when fewer serials than the quantity are assigned", () => {
    const payload = load("item-receipt");
    const rows = "record.item.items[0].inventoryDetail.inventoryAssignment.items";
    setAt(payload, rows, (getAt(payload, rows) as unknown[]).slice(0, 2));
    expect(mappingError(() => parse(payload)).path).toBe("record.item.items[0].inventoryDetail");
  });

  it("names an assignment row without a serial number", () => {
    const payload = setAt(load("item-fulfillment"), "record.item.items[1].inventoryDetail.inventoryAssignment.items[0].issueInventoryNumber", undefined);
    expect(mappingError(() => parse(payload)).path).toBe("record.item.items[1].inventoryDetail.inventoryAssignment.items[0].issueInventoryNumber");
  });

  it("names a serialised assembly component without serials", () => {
    const payload = setAt(load("assembly-build"), "record.component.items[0].componentInventoryDetail.inventoryAssignment", undefined);
    expect(mappingError(() => parse(payload)).path).toBe("record.component.items[0].componentInventoryDetail");
  });

  it("refuses a record read without expandSubResources", () => {
    const payload = setAt(load("item-receipt"), "record.item", { links: [{ rel: "self", href: "https://1234567.suitetalk.api.netsuite.com/services/rest/record/v1/itemReceipt/99120/item" }] });
    expect(mappingError(() => parse(payload)).message).toMatch(/expandSubResources/);
  });

  it("names a date NetSuite rendered in a user format", () => {
    const payload = setAt(load("item-fulfillment"), "record.item.items[2].inventoryDetail.inventoryAssignment.items[0].expirationDate", "9/30/2026");
    expect(mappingError(() => parse(payload)).path).toBe("record.item.items[2].inventoryDetail.inventoryAssignment.items[0].expirationDate");
  });

  it("needs some date for the event time", () => {
    const payload = setAt(setAt(load("item-receipt"), "record.tranDate", undefined), "record.createdDate", undefined);
    expect(mappingError(() => parse(payload)).path).toBe("record.tranDate");
  });
});

describe("netsuite connector: mapping rules", () => {
  it("gives the same event ids when the same record is parsed twice", () => {
    const ids = (result: ParseResult) => eventsOf(result).map((event) => event.eventId);
    const first = ids(parse(load("item-fulfillment")));
    expect(ids(parse(load("item-fulfillment")))).toEqual(first);
    // Nor does the configured zone (hence the event time) enter the id.
    expect(ids(parse(load("item-fulfillment"), { timeZone: "America/Los_Angeles" }))).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it("gives a different event id to the same serial on another line", () => {
    const payload = load("item-fulfillment");
    const before = eventsOf(parse(payload))[0];
    setAt(payload, "record.item.items[0].line", 7);
    const after = eventsOf(parse(payload))[0];
    expect(after.serial).toBe(before.serial);
    expect(after.line).toBe("7");
    expect(after.eventId).not.toBe(before.eventId);
  });

  it.each([
    ["a type annotation", { id: "118", refName: "Retour #118", type: "RtnAuth" }],
    ["a REST link", { id: "118", refName: "Retour #118", links: [{ rel: "self", href: "https://1234567.suitetalk.api.netsuite.com/services/rest/record/v1/returnAuthorization/118" }] }],
  ])("recognises a return receipt by %s", (_label, createdFrom) => {
    const payload = setAt(load("item-receipt"), "record.createdFrom", createdFrom);
    const [event] = eventsOf(parse(payload));
    expect(event.kind).toBe("returned");
    expect(event.bizTransactions).toContainEqual({ type: "rma", id: "118" });
  });

  it("names items by internal id or by name as itemKey says", () => {
    expect(eventsOf(parse(load("item-receipt"), { itemKey: "id" }))[3].item).toEqual({ sku: "362" });
    expect(eventsOf(parse(load("item-receipt")))[3].item).toEqual({ sku: "PUMP-BATT-LI" });
  });
});

describe("netsuite connector: options", () => {
  const field = (raw: unknown): unknown => {
    const error = thrown(() => netsuiteConnector.validateOptions(raw));
    expect(error).toBeInstanceOf(HubError);
    expect((error as HubError).code).toBe("BAD_USER_INPUT");
    return (error as HubError).details.field;
  };

  it("defaults to UTC and item names", () => {
    expect(netsuiteConnector.validateOptions(undefined)).toEqual({ timeZone: "UTC", itemKey: "refName" });
    expect(netsuiteConnector.validateOptions({ timeZone: "America/New_York" })).toEqual({ timeZone: "America/New_York", itemKey: "refName" });
  });

  it("refuses bad values and unknown keys, naming the field", () => {
    expect(field({ timeZone: "Eastern" })).toBe("input.options.timeZone");
    expect(field({ itemKey: "sku" })).toBe("input.options.itemKey");
    expect(field({ timezone: "UTC" })).toBe("input.options.timezone");
    expect(field("UTC")).toBe("input.options");
  });
});
