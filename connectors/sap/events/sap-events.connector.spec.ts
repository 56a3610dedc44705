import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ConnectorEvent } from "../../core/connector";
import { WebhookVerificationError } from "../../core/errors";
import { basicAuth, bearer } from "../../core/signers";
import { sapIdocConnector } from "../idoc.connector";
import { validateIdocOptions } from "../options";
import { sapEventsConnector } from "./sap-events.connector";
import {
  BASE_URL,
  enrichOf,
  fixtureBytes,
  fixtureJson,
  mapAnswer,
  mappingError,
  odataAnswer,
  parseEvent,
  STRUCTURED,
  structuredEvent,
  testOptions,
} from "./sap-events.fixtures";

const DELIVERY_ID = "/default/sap.s4.beh/0M4Q7XK 7a4e1c02-93d1-1eef-b8c4-5d2f8e61a0c9";
const URL_80012345 = `${BASE_URL}/A_OutbDeliveryHeader('80012345')?$expand=to_DeliveryDocumentItem/to_SerialDeliveryItem/to_MaintenanceItemObject&$format=json`;
const BASIC_ODATA = `Basic ${Buffer.from("SERIALHUB_COMM:odata-pass").toString("base64")}`;

const binaryHeaders = (): Record<string, string> => fixtureJson<Record<string, string>>("binary-gi-status-changed.headers.json");
const binaryData = fixtureBytes("binary-gi-status-changed.data.json");

describe("sap-events verify", () => {
  const verify = (headers: Record<string, string>, secrets: string[], rawBody = structuredEvent()) => sapEventsConnector.verify({ rawBody, headers, secrets });

  it("accepts Basic auth whose password is the secret, keyed on source + id", () => {
    expect(verify({ ...STRUCTURED, ...basicAuth("s3cret", "EVENT_MESH") }, ["s3cret"])).toEqual({ deliveryId: DELIVERY_ID });
  });

  it("accepts a bearer secret", () => {
    expect(verify({ ...STRUCTURED, ...bearer("s3cret") }, ["s3cret"])).toEqual({ deliveryId: DELIVERY_ID });
  });

  it("takes the delivery id from the ce-* headers in binary mode", () => {
    expect(verify({ ...binaryHeaders(), ...bearer("s3cret") }, ["s3cret"], binaryData)).toEqual({ deliveryId: DELIVERY_ID });
  });

  it("accepts either secret while one is being rotated", () => {
    expect(verify({ ...STRUCTURED, ...basicAuth("old") }, ["new", "old"])).toEqual({ deliveryId: DELIVERY_ID });
    expect(verify({ ...STRUCTURED, ...basicAuth("new") }, ["new", "old"])).toEqual({ deliveryId: DELIVERY_ID });
  });

  it("refuses a wrong secret", () => {
    expect(() => verify({ ...STRUCTURED, ...basicAuth("guess") }, ["s3cret"])).toThrow(WebhookVerificationError);
    expect(() => verify({ ...STRUCTURED, ...bearer("guess") }, ["s3cret"])).toThrow(/do not match/);
  });

  it("refuses everything while the tenant has no secrets", () => {
    expect(() => verify({ ...STRUCTURED, ...basicAuth("s3cret") }, [])).toThrow(/not configured/);
  });

  it("refuses a delivery without Authorization", () => {
    expect(() => verify(STRUCTURED, ["s3cret"])).toThrow(/Send Authorization/);
  });

  it("authenticates an unreadable body without an id, leaving the rejection to parse", () => {
    expect(verify({ ...STRUCTURED, ...bearer("s3cret") }, ["s3cret"], Buffer.from("{not json"))).toEqual({});
  });

  // Basic and bearer authenticate the sender, not the bytes: nothing signs the body, so a
  // changed body verifies all the same (TLS is what protects it in transit). Not tested.
});

describe("sap-events parse", () => {
  it("turns a completed goods issue (structured mode) into an OData read of the delivery", () => {
    const result = parseEvent(structuredEvent());
    expect(result).toMatchObject({ kind: "enrich", deliveryId: DELIVERY_ID });
    const request = enrichOf(result);
    expect(request.url).toBe(URL_80012345);
    expect(request.headers).toEqual({ accept: "application/json", authorization: BASIC_ODATA });
  });

  it("reads binary mode the same way", () => {
    const binary = parseEvent(binaryData, binaryHeaders());
    expect(binary.deliveryId).toBe(DELIVERY_ID);
    expect(enrichOf(binary).url).toBe(URL_80012345);
    expect(enrichOf(binary).headers).toEqual({ accept: "application/json", authorization: BASIC_ODATA });
    expect(enrichOf(binary).map(odataAnswer())).toEqual(mapAnswer(odataAnswer()));
  });

  it("uses a bearer token, or no Authorization at all, as configured", () => {
    expect(enrichOf(parseEvent(structuredEvent(), STRUCTURED, testOptions({ odataUser: undefined, odataPassword: undefined, odataToken: "tok-1" }))).headers).toEqual({
      accept: "application/json",
      authorization: "Bearer tok-1",
    });
    expect(enrichOf(parseEvent(structuredEvent(), STRUCTURED, testOptions({ odataUser: undefined, odataPassword: undefined }))).headers).toEqual({ accept: "application/json" });
  });

  it("keeps the query of the service root (sap-client) and quotes the key as OData does", () => {
    const options = testOptions({ odataBaseUrl: `${BASE_URL}/?sap-client=100` });
    expect(enrichOf(parseEvent(structuredEvent({}, { OutboundDelivery: "A'B 7" }), STRUCTURED, options)).url).toBe(
      `${BASE_URL}/A_OutbDeliveryHeader('A''B%207')?$expand=to_DeliveryDocumentItem/to_SerialDeliveryItem/to_MaintenanceItemObject&$format=json&sap-client=100`,
    );
  });

  it.each(["A", "B", ""])("does not read a delivery whose goods issue is in status %j", (status) => {
    const result = parseEvent(structuredEvent({}, { OverallGoodsMovementStatus: status }));
    expect(result).toEqual({ kind: "not-supported", reason: expect.stringContaining(`status "${status}"`), deliveryId: DELIVERY_ID });
  });

  it.each([
    ["sap.s4.beh.outbounddelivery.v1.OutboundDelivery.Created.v1", /handles sap\.s4\.beh\.outbounddelivery\.v1\.OutboundDelivery\.GIStatusChanged\.v1/],
    ["sap.s4.beh.outbounddelivery.v1.OutboundDelivery.PackgStatusChanged.v1", /is not mapped/],
    ["sap.s4.beh.materialdocument.v1.MaterialDocument.Created.v1", /is not mapped/],
    ["sap.s4.beh.inbounddelivery.v1.InboundDelivery.Changed.v1", /inbound delivery events/],
  ])("answers not-supported for %s", (type, reason) => {
    const result = parseEvent(structuredEvent({ type }));
    expect(result).toEqual({ kind: "not-supported", reason: expect.stringMatching(reason), deliveryId: DELIVERY_ID });
  });

  it.each([
    ["malformed JSON", Buffer.from('{"specversion": "1.0", '), STRUCTURED, ""],
    ["a JSON array", Buffer.from("[]"), STRUCTURED, ""],
    ["no id", structuredEvent({ id: undefined }), STRUCTURED, "id"],
    ["specversion 0.3", structuredEvent({ specversion: "0.3" }), STRUCTURED, "specversion"],
    ["no data", structuredEvent({ data: undefined }), STRUCTURED, "data"],
    ["no OutboundDelivery", structuredEvent({}, { OutboundDelivery: "" }), STRUCTURED, "data.OutboundDelivery"],
    ["no OverallGoodsMovementStatus", structuredEvent({}, { OverallGoodsMovementStatus: undefined }), STRUCTURED, "data.OverallGoodsMovementStatus"],
    ["no envelope and no ce-* headers", binaryData, { "content-type": "application/json" }, ""],
    ["a batch", Buffer.from("[]"), { "content-type": "application/cloudevents-batch+json" }, ""],
  ])("rejects %s with a MappingError", (_name, body, headers, path) => {
    expect(mappingError(() => parseEvent(body, headers)).path).toBe(path);
  });

  it("rejects binary mode without ce-source, or with data that is not JSON", () => {
    const { "ce-source": _source, ...withoutSource } = binaryHeaders();
    expect(mappingError(() => parseEvent(binaryData, withoutSource)).path).toBe("ce-source");
    expect(mappingError(() => parseEvent(Buffer.from("{oops"), binaryHeaders())).message).toMatch(/CloudEvent data is not JSON/);
  });
});

describe("sap-events map", () => {
  it("maps the OData answer to one shipping event per serial (golden)", () => {
    const expected = fixtureJson<{ deliveryId: string; events: ConnectorEvent[] }>("odata-delivery-80012345.expected.json");
    expect(parseEvent(structuredEvent()).deliveryId).toBe(expected.deliveryId);
    expect(mapAnswer(odataAnswer())).toEqual(expected.events);
  });

  it("gives the same events as sap-idoc for the same delivery, so the two channels collapse", () => {
    const xml = readFileSync(join(__dirname, "..", "fixtures", "desadv-two-items.xml"));
    const idoc = sapIdocConnector.parse({ rawBody: xml, headers: {}, options: validateIdocOptions({}), receivedAt: new Date() });
    if (idoc.kind !== "events") {
      throw new Error(idoc.kind);
    }
    // The IDoc also packs into its SSCC and names the ship-to; the shipment itself is the same.
    const comparable = ({ extensions: _extensions, ...event }: ConnectorEvent) => event;
    const fromIdoc = idoc.events.filter((event) => event.kind === "shipping").map(comparable);
    const fromEvents = mapAnswer(odataAnswer()).map(comparable);
    expect(fromIdoc).toHaveLength(5);
    expect(fromEvents).toEqual(fromIdoc);
  });
});
