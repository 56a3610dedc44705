import { MalformedBodyError, MappingError } from "../core/errors";
import { readJsonBody } from "../core/json-body";
import { isObject, text, type JsonObject } from "./record-json";

/** The record types the connector maps, by their REST names. */
export type MappedRecordType = "itemFulfillment" | "itemReceipt" | "cashSale" | "invoice" | "assemblyBuild";

const MAPPED: readonly MappedRecordType[] = ["itemFulfillment", "itemReceipt", "cashSale", "invoice", "assemblyBuild"];

/** User-event types after which the record is a business fact worth an event; delete, cancel, … are not. */
const MAPPED_ACTIONS = ["create", "edit", "xedit", "ship", "pack", "approve"];

/** What the SuiteScript posts: `{eventId, eventType, recordType, record}` (other keys are ignored). */
export interface Envelope {
  eventId: string;
  eventType: string;
  /** The user-event type: the part of eventType after its last dot, lower-cased. */
  action: string;
  /** As sent; `mapped` is its REST name when the connector maps that type. */
  recordType: string;
  mapped?: MappedRecordType;
  record: JsonObject;
}

function required(body: JsonObject, name: string): string {
  const value = text(body[name]);
  if (value === undefined) {
    throw new MappingError(name, `The envelope has no ${name}: the script must send {eventId, eventType, recordType, record}.`);
  }
  return value;
}

export function readEnvelope(rawBody: Buffer): Envelope {
  const body = readJsonBody(rawBody, "The body", "body");
  if (!isObject(body)) {
    throw new MalformedBodyError("body", "The body must be a JSON object {eventId, eventType, recordType, record}.");
  }
  const eventId = required(body, "eventId");
  const eventType = required(body, "eventType");
  const recordType = required(body, "recordType");
  if (!isObject(body.record)) {
    throw new MappingError("record", "The envelope has no record object: send the REST record JSON (expandSubResources=true).");
  }
  // SuiteScript names types in lower case (record.Type.ITEM_FULFILLMENT is "itemfulfillment"), REST in camel case.
  const mapped = MAPPED.find((name) => name.toLowerCase() === recordType.toLowerCase());
  const dot = eventType.lastIndexOf(".");
  const prefix = dot >= 0 ? eventType.slice(0, dot) : undefined;
  if (prefix !== undefined && prefix.toLowerCase() !== recordType.toLowerCase()) {
    throw new MappingError("eventType", `eventType "${eventType}" is about ${prefix}, but recordType is ${recordType}.`);
  }
  return { eventId, eventType, action: eventType.slice(dot + 1).toLowerCase(), recordType, mapped, record: body.record };
}

/** The record type to map, or why the envelope yields no events. */
export function classify(envelope: Envelope): { type: MappedRecordType } | { reason: string } {
  if (!MAPPED_ACTIONS.includes(envelope.action)) {
    return { reason: `eventType "${envelope.eventType}" is not mapped: only ${MAPPED_ACTIONS.join(", ")} events describe goods that moved.` };
  }
  if (envelope.recordType.toLowerCase() === "returnauthorization") {
    return { reason: "A return authorization records a promise, not goods: the returned serials are mapped from the item receipt created from it." };
  }
  if (!envelope.mapped) {
    return { reason: `recordType "${envelope.recordType}" is not mapped (mapped: ${MAPPED.join(", ")}).` };
  }
  return { type: envelope.mapped };
}
