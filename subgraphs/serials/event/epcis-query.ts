import { createHash } from "node:crypto";
import { canonicalJson } from "../../../lib/canonical-json";
import { cbvValue, cbvValues, inReservedCbvNamespace, type CbvVocabulary } from "../../../lib/epcis/cbv";
import type { EpcisEventType } from "../../../lib/epcis/normalise";
import { parseEpc } from "../../../lib/gs1/epc";
import { uniqueKeys, type SerialKey } from "../../../lib/serial-key";

export const DEFAULT_PER_PAGE = 100;
export const MAX_PER_PAGE = 1000;

/** What a SimpleEventQuery selects; every field present narrows the answer (AND), each list is an OR. */
export interface EpcisEventFilter {
  eventTypes?: EpcisEventType[];
  bizSteps?: string[];
  dispositions?: string[];
  /** Units named in epcList or childEPCs (MATCH_epc). */
  epcs?: SerialKey[];
  readPoints?: string[];
  bizLocations?: string[];
  /** ISO 8601 instants as given: eventTime >= from, eventTime < before. */
  eventTimeFrom?: string;
  eventTimeBefore?: string;
}

/** Where a page ends, in the answer's order (eventTime, then eventID). */
export interface EventPosition {
  /** ISO 8601, microseconds, UTC: the stored value exactly. */
  eventTime: string;
  eventId: string;
}

export interface EpcisEventQuery {
  filter: EpcisEventFilter;
  perPage: number;
  after?: EventPosition;
}

/** A parameter the query cannot take; the GS1 binding's QueryParameterException. */
export class QueryParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
    this.name = "QueryParameterError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const EVENT_TYPES: readonly EpcisEventType[] = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"];

/** An absolute URI, which custom vocabulary values and location ids must be. */
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-](\d{2}):(\d{2}))$/;

const sortedUnique = <T extends string>(values: readonly T[]): T[] => [...new Set(values)].sort();

function vocabularyValues(name: string, values: string[], vocabulary: CbvVocabulary, what: string): string[] {
  return sortedUnique(
    values.map((given) => {
      const value = cbvValue(vocabulary, given);
      if (cbvValues(vocabulary).has(value) || (URI.test(value) && !inReservedCbvNamespace(value))) {
        return value;
      }
      throw new QueryParameterError(name, `${name}: "${given}" is neither a CBV 2.0 ${what} nor a custom URI.`);
    }),
  );
}

function uris(name: string, values: string[]): string[] {
  const bad = values.find((value) => !URI.test(value));
  if (bad !== undefined) {
    throw new QueryParameterError(name, `${name}: "${bad}" is not a URI (e.g. urn:epc:id:sgln:0614141.07346.1234).`);
  }
  return sortedUnique(values);
}

function epcs(name: string, values: string[]): SerialKey[] {
  return uniqueKeys(
    values.map((uri) => {
      const epc = parseEpc(uri);
      if (epc.kind === "sgtin") {
        return { gtin: epc.gtin, serial: epc.serial };
      }
      const why = epc.kind === "invalid" ? epc.reason : "only serialised trade items (SGTIN URNs or Digital Links with a GTIN and a serial) can be matched";
      throw new QueryParameterError(name, `${name}: "${uri}": ${why}`);
    }),
  );
}

function instant(name: string, value: string): string {
  const match = ISO_INSTANT.exec(value);
  const [year, month, day, hour, minute, second = "0", , offsetHours = "0", offsetMinutes = "0"] = match?.slice(1) ?? [];
  const date = match ? new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))) : undefined;
  const valid =
    date !== undefined &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(offsetHours) <= 14 &&
    Number(offsetMinutes) < 60;
  if (!valid) {
    throw new QueryParameterError(name, `${name}: "${value}" is not an ISO 8601 date and time with a UTC offset, e.g. 2025-03-01T10:00:00Z.`);
  }
  return value;
}

function perPage(value: string): number {
  const size = /^\d{1,7}$/.test(value) ? Number(value) : NaN;
  if (!(size >= 1 && size <= MAX_PER_PAGE)) {
    throw new QueryParameterError("perPage", `perPage must be a whole number from 1 to ${MAX_PER_PAGE}, got "${value}".`);
  }
  return size;
}

type ListParameter = (name: string, values: string[]) => EpcisEventFilter;

/** List parameters: values separated by "," or "|" (a value holding one of them escapes it, %2C or %7C). */
const LIST_PARAMETERS: Record<string, ListParameter> = {
  eventType: (name, values) => {
    const bad = values.find((value) => !(EVENT_TYPES as readonly string[]).includes(value));
    if (bad !== undefined) {
      throw new QueryParameterError(name, `${name}: "${bad}" is not an EPCIS event type; expected ${EVENT_TYPES.join(", ")}.`);
    }
    return { eventTypes: sortedUnique(values as EpcisEventType[]) };
  },
  EQ_bizStep: (name, values) => ({ bizSteps: vocabularyValues(name, values, "bizStep", "business step") }),
  EQ_disposition: (name, values) => ({ dispositions: vocabularyValues(name, values, "disposition", "disposition") }),
  MATCH_epc: (name, values) => ({ epcs: epcs(name, values) }),
  EQ_readPoint: (name, values) => ({ readPoints: uris(name, values) }),
  EQ_bizLocation: (name, values) => ({ bizLocations: uris(name, values) }),
};

const SINGLE_PARAMETERS = ["GE_eventTime", "LT_eventTime", "perPage", "nextPageToken"];

export const SUPPORTED_PARAMETERS: readonly string[] = [...Object.keys(LIST_PARAMETERS), ...SINGLE_PARAMETERS];

function decode(name: string, raw: string): string {
  try {
    // Not form decoding: "+" stays a plus, as time offsets (…T10:00:00+01:00) are often sent unescaped.
    return decodeURIComponent(raw);
  } catch {
    throw new QueryParameterError(name, `${name} has a malformed percent-escape.`);
  }
}

/** The query string's parameters, raw value by decoded name; a name given twice is refused. */
function rawParameters(rawQuery: string): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const piece of rawQuery.split("&").filter((part) => part !== "")) {
    const at = piece.indexOf("=");
    const name = decode(piece, at < 0 ? piece : piece.slice(0, at));
    if (!SUPPORTED_PARAMETERS.includes(name)) {
      throw new QueryParameterError(name, `Unknown or unsupported query parameter "${name}"; this query takes ${SUPPORTED_PARAMETERS.join(", ")}.`);
    }
    if (parameters.has(name)) {
      throw new QueryParameterError(name, `${name} is given more than once; give one value list (values separated by commas).`);
    }
    parameters.set(name, at < 0 ? "" : piece.slice(at + 1));
  }
  return parameters;
}

/** A short digest of the filter: a page token only continues the query it came from. */
const filterDigest = (filter: EpcisEventFilter): string => createHash("sha256").update(canonicalJson(filter)).digest("base64url").slice(0, 16);

export function encodePageToken(filter: EpcisEventFilter, position: EventPosition): string {
  return Buffer.from(JSON.stringify([1, position.eventTime, position.eventId, filterDigest(filter)]), "utf8").toString("base64url");
}

function decodePageToken(token: string, filter: EpcisEventFilter): EventPosition {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    parts = undefined;
  }
  if (!Array.isArray(parts) || parts[0] !== 1 || typeof parts[1] !== "string" || !ISO_INSTANT.test(parts[1]) || typeof parts[2] !== "string") {
    throw new QueryParameterError("nextPageToken", "nextPageToken is not one this hub issued.");
  }
  if (parts[3] !== filterDigest(filter)) {
    throw new QueryParameterError("nextPageToken", "nextPageToken belongs to a query with other filters: repeat the filters unchanged (follow the Link header).");
  }
  return { eventTime: parts[1], eventId: parts[2] };
}

/**
 * Reads the GS1 EPCIS 2.0 REST query parameters from a raw query string (the part after
 * "?"). Names are case-sensitive; anything unknown, repeated, empty or malformed is refused
 * with a QueryParameterError naming the parameter.
 */
export function parseEpcisQuery(rawQuery: string): EpcisEventQuery {
  let filter: EpcisEventFilter = {};
  const single = new Map<string, string>();
  for (const [name, raw] of rawParameters(rawQuery)) {
    const values = SINGLE_PARAMETERS.includes(name) ? [decode(name, raw)] : raw.split(/[,|]/).map((value) => decode(name, value));
    if (values.some((value) => value === "")) {
      throw new QueryParameterError(name, `${name} has an empty value.`);
    }
    if (LIST_PARAMETERS[name]) {
      filter = { ...filter, ...LIST_PARAMETERS[name](name, values) };
    } else {
      single.set(name, values[0]);
    }
  }
  const from = single.get("GE_eventTime");
  const before = single.get("LT_eventTime");
  filter = {
    ...filter,
    ...(from !== undefined ? { eventTimeFrom: instant("GE_eventTime", from) } : {}),
    ...(before !== undefined ? { eventTimeBefore: instant("LT_eventTime", before) } : {}),
  };
  const size = single.get("perPage");
  const token = single.get("nextPageToken");
  return {
    filter,
    perPage: size !== undefined ? perPage(size) : DEFAULT_PER_PAGE,
    ...(token !== undefined ? { after: decodePageToken(token, filter) } : {}),
  };
}

/** The query string of the next page: the caller's own parameters, with the new token. */
export function nextPageQuery(rawQuery: string, token: string): string {
  const kept = rawQuery.split("&").filter((piece) => piece !== "" && decode(piece, piece.split("=")[0]) !== "nextPageToken");
  return [...kept, `nextPageToken=${token}`].join("&");
}
