import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EnrichRequest, ParseResult } from "../../core/connector";
import { validateSapEventsOptions, type SapEventsOptions } from "./options";
import type { ODataEntity } from "./odata-values";
import { sapEventsConnector } from "./sap-events.connector";
export { mappingError } from "../../core/testing";

/** Test helpers over `fixtures/`: each call returns a fresh copy, so a test may change it. */
export const fixtureBytes = (name: string): Buffer => readFileSync(join(__dirname, "fixtures", name));

export const fixtureJson = <T = Record<string, unknown>>(name: string): T => JSON.parse(fixtureBytes(name).toString("utf8")) as T;

export const BASE_URL = "https://my-s4.example.com/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002";

export const RECEIVED_AT = new Date("2025-03-14T09:20:00Z");

export const STRUCTURED = { "content-type": "application/cloudevents+json" };

export const testOptions = (overrides: Record<string, unknown> = {}): SapEventsOptions =>
  validateSapEventsOptions({ odataBaseUrl: BASE_URL, odataUser: "SERIALHUB_COMM", odataPassword: "odata-pass", ...overrides });

/** The structured GIStatusChanged fixture, with attributes or data fields replaced. */
export function structuredEvent(attributes: Record<string, unknown> = {}, data: Record<string, unknown> = {}): Buffer {
  const event = fixtureJson("cloudevent-gi-status-changed.json");
  return Buffer.from(JSON.stringify({ ...event, data: { ...(event.data as Record<string, unknown>), ...data }, ...attributes }));
}

/** The OData answer for delivery 80012345 (`{d: ...}`). */
export const odataAnswer = (): { d: ODataEntity } => fixtureJson<{ d: ODataEntity }>("odata-delivery-80012345.json");

/** The items of an answer, to change one in place. */
export const itemsOf = (answer: { d: ODataEntity }): ODataEntity[] => (answer.d.to_DeliveryDocumentItem as { results: ODataEntity[] }).results;

export function parseEvent(rawBody: Buffer, headers: Record<string, string> = STRUCTURED, options = testOptions(), receivedAt = RECEIVED_AT): ParseResult {
  return sapEventsConnector.parse({ rawBody, headers, options, receivedAt });
}

export function enrichOf(result: ParseResult): EnrichRequest {
  if (result.kind !== "enrich") {
    throw new Error(`Expected an enrich result, got ${result.kind}${result.kind === "not-supported" ? `: ${result.reason}` : ""}.`);
  }
  return result.request;
}

/** Structured fixture event → enrich request → map of the given answer. */
export const mapAnswer = (answer: unknown, options = testOptions(), rawBody = structuredEvent()) => enrichOf(parseEvent(rawBody, STRUCTURED, options)).map(answer);

