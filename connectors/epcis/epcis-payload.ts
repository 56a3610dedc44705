import { EPCIS_CONTEXT, type EpcisIssue } from "../../lib/epcis/validate";
import { MalformedBodyError, MappingError } from "../core/errors";
import { readJsonBody } from "../core/json-body";

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** The body as JSON (JSON-LD is JSON); a byte-order mark is tolerated, as Windows tools add one. */
export function readJson(rawBody: Buffer): unknown {
  if (rawBody.toString("utf8").replace(/^\uFEFF/, "").trim() === "") {
    throw new MalformedBodyError("", "The body is empty; send an EPCISDocument, a list of events or one event as JSON.");
  }
  return readJsonBody(rawBody);
}

/**
 * The document-level @context of wrapped events: the standard context, then whatever the
 * events declare (their namespace prefixes), each once, as the schema wants unique items.
 */
function contextOf(events: unknown[]): unknown[] {
  const entries = new Map<string, unknown>([[JSON.stringify(EPCIS_CONTEXT), EPCIS_CONTEXT]]);
  for (const event of events) {
    const context = isRecord(event) ? event["@context"] : undefined;
    for (const entry of Array.isArray(context) ? context : context === undefined ? [] : [context]) {
      entries.set(JSON.stringify(entry), entry);
    }
  }
  return [...entries.values()];
}

function wrap(events: unknown[], creationDate: Date): Record<string, unknown> {
  return {
    "@context": contextOf(events),
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: creationDate.toISOString(),
    epcisBody: { eventList: events },
  };
}

/** An EPCISDocument as sent, or a bare list of events or a single event wrapped into one. */
export function toDocument(input: unknown, receivedAt: Date): Record<string, unknown> {
  if (Array.isArray(input)) {
    if (input.length === 0) {
      throw new MalformedBodyError("", "The list holds no events: send at least one, or an EPCISDocument.");
    }
    return wrap(input, receivedAt);
  }
  if (!isRecord(input)) {
    throw new MalformedBodyError("", "Expected a JSON object (an EPCISDocument or one event) or a list of events.");
  }
  if (input.type === "EPCISDocument") {
    return input;
  }
  if (input.type === "EPCISQueryDocument") {
    throw new MappingError("type", "An EPCISQueryDocument is a query answer; capture takes an EPCISDocument or events.");
  }
  if (typeof input.type !== "string") {
    throw new MappingError("type", 'Expected type "EPCISDocument" or an event type such as "ObjectEvent".');
  }
  return wrap([input], receivedAt);
}

/** Where an issue is, from the document root: `epcisBody.eventList[3].eventTime`. */
const pathOf = (issue: EpcisIssue): string =>
  issue.index === null ? issue.path : `epcisBody.eventList[${issue.index}]${issue.path ? `.${issue.path}` : ""}`;

const LISTED = 5;

/** One MappingError for a refused document: the first problem, and a short list of the others. */
export function refusal(issues: readonly EpcisIssue[]): MappingError {
  const [first, ...rest] = issues;
  const others = rest.slice(0, LISTED).map((issue) => `${pathOf(issue)}: ${issue.message}`);
  const more = rest.length === 0 ? "" : ` (${rest.length} more: ${others.join("; ")}${rest.length > LISTED ? "; …" : ""})`;
  return new MappingError(pathOf(first), `${first.message}${more}`);
}
