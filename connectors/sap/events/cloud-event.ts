import type { Headers } from "../../core/connector";
import { MalformedBodyError, MappingError } from "../../core/errors";
import { readJsonBody } from "../../core/json-body";

/** The CloudEvents 1.0 context attributes the connector reads, and the data. */
export interface CloudEvent {
  id: string;
  source: string;
  type: string;
  specversion: string;
  time?: string;
  subject?: string;
  data: unknown;
}

const REQUIRED = ["id", "source", "type", "specversion"] as const;

/** The HTTP binding percent-encodes header values outside printable ASCII. */
function headerValue(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === "") {
    return undefined;
  }
  try {
    return decodeURIComponent(value.trim());
  } catch {
    return value.trim();
  }
}

function checked(attributes: Record<string, unknown>, data: unknown, pathOf: (name: string) => string): CloudEvent {
  for (const name of REQUIRED) {
    if (typeof attributes[name] !== "string" || attributes[name] === "") {
      throw new MappingError(pathOf(name), `The CloudEvent has no ${name}.`);
    }
  }
  if (attributes.specversion !== "1.0") {
    throw new MappingError(pathOf("specversion"), `CloudEvents specversion "${String(attributes.specversion)}" is not supported (1.0 is).`);
  }
  const optional = (name: string) => (typeof attributes[name] === "string" && attributes[name] !== "" ? (attributes[name] as string) : undefined);
  return {
    id: attributes.id as string,
    source: attributes.source as string,
    type: attributes.type as string,
    specversion: "1.0",
    time: optional("time"),
    subject: optional("subject"),
    data,
  };
}

function structured(rawBody: Buffer, declared: boolean): CloudEvent {
  const body = readJsonBody(rawBody, "The structured CloudEvent");
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new MalformedBodyError("", "A structured CloudEvent is a JSON object.");
  }
  if (!declared && !("specversion" in body)) {
    throw new MappingError("", "Not a CloudEvent: send application/cloudevents+json (structured mode) or ce-* headers (binary mode).");
  }
  return checked(body as Record<string, unknown>, (body as Record<string, unknown>).data, (name) => name);
}

function binary(rawBody: Buffer, headers: Headers): CloudEvent {
  const attributes = Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => name.startsWith("ce-"))
      .map(([name, value]) => [name.slice(3), headerValue(value)]),
  );
  const text = rawBody.toString("utf8").trim();
  const json = /[/+]json(;|$)/i.test(headers["content-type"] ?? "application/json");
  const data = text === "" ? undefined : json ? readJsonBody(rawBody, "The CloudEvent data") : text;
  return checked(attributes, data, (name) => `ce-${name}`);
}

/**
 * Reads a CloudEvent in either HTTP mode: structured (`application/cloudevents+json`, the
 * whole event in the body) or binary (`ce-*` headers, the data as the body). A relay that
 * drops the content type but keeps the JSON envelope is read as structured too.
 */
export function readCloudEvent(rawBody: Buffer, headers: Headers): CloudEvent {
  const contentType = (headers["content-type"] ?? "").toLowerCase();
  if (contentType.startsWith("application/cloudevents-batch")) {
    throw new MappingError("", "Batched CloudEvents are not supported: configure the subscription to push one event per request.");
  }
  if (contentType.startsWith("application/cloudevents")) {
    return structured(rawBody, true);
  }
  if (headers["ce-specversion"] !== undefined || headers["ce-id"] !== undefined) {
    return binary(rawBody, headers);
  }
  return structured(rawBody, false);
}

/** CloudEvents ids are unique per source only; a URI-reference has no spaces, so this is unambiguous. */
export const deliveryIdOf = (event: Pick<CloudEvent, "source" | "id">): string => `${event.source} ${event.id}`;
