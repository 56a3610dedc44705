import { createHash } from "node:crypto";
import { canonicalJson } from "../canonical-json";
import { parseEpc } from "../gs1/epc";
import { canonicalEvent } from "./cbv";
import type { EpcisIssue, ValidDocument } from "./validate";

export type EpcisEventType = "ObjectEvent" | "AggregationEvent" | "TransactionEvent" | "TransformationEvent" | "AssociationEvent";

/** How a serial appears in an event; "carried" units are inside a container the event names. */
export type SerialRole = "epc" | "parent" | "child" | "input" | "output" | "carried";

export interface SerialRef {
  gtin: string;
  serial: string;
  role: SerialRole;
}

/** The one shape every source (GraphQL, EPCIS capture, ERP connectors) is turned into. */
export interface NormalizedEvent {
  eventId: string;
  type: EpcisEventType;
  action: "ADD" | "OBSERVE" | "DELETE" | null;
  bizStep: string | null;
  disposition: string | null;
  eventTime: Date;
  eventTimeZoneOffset: string;
  readPoint: string | null;
  bizLocation: string | null;
  /** ISO 3166-1 alpha-2, from the location master data in the document when it has any. */
  country: string | null;
  parentId: string | null;
  /** Lot and expiry (ISO date) from the commissioning ILMD (CBV master data attributes). */
  lot: string | null;
  expiry: string | null;
  serials: SerialRef[];
  /** Set when this event retracts an earlier one with the same eventID. */
  errorDeclaration: Record<string, unknown> | null;
  /** The event as captured. */
  body: Record<string, unknown>;
}

/** Most EPCs one capture may name, so one request cannot hold a transaction for minutes. */
export const MAX_EPCS_PER_CAPTURE = 100_000;

const COUNTRY_ATTRIBUTES = new Set(["urn:epcglobal:cbv:mda#countryCode", "cbvmda:countryCode", "countryCode"]);

/** Location id → country, from `epcisHeader.epcisMasterData.vocabularyList`. */
function countriesFromMasterData(document: Record<string, unknown>): Map<string, string> {
  const countries = new Map<string, string>();
  const header = document.epcisHeader as { epcisMasterData?: { vocabularyList?: unknown[] } } | undefined;
  for (const vocabulary of header?.epcisMasterData?.vocabularyList ?? []) {
    const elements = (vocabulary as { vocabularyElementList?: unknown[] }).vocabularyElementList ?? [];
    for (const element of elements as { id: string; attributes?: { id: string; attribute?: unknown }[] }[]) {
      const country = element.attributes?.find((attribute) => COUNTRY_ATTRIBUTES.has(attribute.id))?.attribute;
      if (typeof country === "string" && /^[A-Za-z]{2}$/.test(country)) {
        countries.set(element.id, country.toUpperCase());
      }
    }
  }
  return countries;
}

/**
 * The id of an event without one: a SHA-256 over its canonical JSON, leaving out what a
 * resend or a retraction changes (eventID, recordTime, errorDeclaration), so the same event
 * captured twice gets the same id. Not the CBV 2.0 event hash algorithm.
 */
export function contentHashId(event: Record<string, unknown>): string {
  const { eventID: _id, recordTime: _recorded, errorDeclaration: _declaration, ...content } = event;
  return `ni:///sha-256;${createHash("sha256").update(canonicalJson(content)).digest("hex")}?ver=serialhub-1`;
}

/** CBV ILMD attributes, in the compact form EPCIS 2.0 JSON uses and the full URI form. */
function ilmdValue(ilmd: unknown, name: string): string | null {
  if (!ilmd || typeof ilmd !== "object") {
    return null;
  }
  const record = ilmd as Record<string, unknown>;
  const value = record[`cbvmda:${name}`] ?? record[`urn:epcglobal:cbv:mda:${name}`] ?? record[`urn:epcglobal:cbv:mda#${name}`];
  return typeof value === "string" && value !== "" ? value : null;
}

const idOf = (value: unknown): string | null =>
  value && typeof value === "object" && typeof (value as { id?: unknown }).id === "string" ? (value as { id: string }).id : null;

const EPC_LISTS: [field: string, role: SerialRole][] = [
  ["epcList", "epc"],
  ["childEPCs", "child"],
  ["inputEPCList", "input"],
  ["outputEPCList", "output"],
];

/**
 * Maps validated events to NormalizedEvents; GS1 identifiers that do not parse are issues.
 * CBV values are in CBV 2.0 JSON form (bare words for standard values) in the fields and in
 * the body, so the id hash, the rules and queries see one spelling whatever the source used.
 */
export function normaliseEvents(valid: ValidDocument): { events: NormalizedEvent[]; issues: EpcisIssue[] } {
  const countries = countriesFromMasterData(valid.document);
  const issues: EpcisIssue[] = [];
  let epcCount = 0;
  const events = valid.events.map((given, index): NormalizedEvent => {
    // validateEpcis already did this; repeated (it is idempotent) for documents built elsewhere.
    const raw = canonicalEvent(given) as Record<string, unknown>;
    const serials: SerialRef[] = [];
    const take = (uri: string, role: SerialRole, path: string) => {
      epcCount += 1;
      const epc = parseEpc(uri);
      if (epc.kind === "invalid") {
        issues.push({ index, path, message: `"${uri}": ${epc.reason}` });
      } else if (epc.kind === "sgtin") {
        serials.push({ gtin: epc.gtin, serial: epc.serial, role });
      }
    };
    for (const [field, role] of EPC_LISTS) {
      ((raw[field] as string[] | undefined) ?? []).forEach((uri, i) => take(uri, role, `${field}[${i}]`));
    }
    const parentId = typeof raw.parentID === "string" ? raw.parentID : null;
    if (parentId) {
      take(parentId, "parent", "parentID");
    }
    const readPoint = idOf(raw.readPoint);
    const bizLocation = idOf(raw.bizLocation);
    return {
      eventId: typeof raw.eventID === "string" ? raw.eventID : contentHashId(raw),
      type: raw.type as EpcisEventType,
      action: (raw.action as NormalizedEvent["action"]) ?? null,
      bizStep: (raw.bizStep as string | undefined) ?? null,
      disposition: (raw.disposition as string | undefined) ?? null,
      eventTime: new Date(raw.eventTime as string),
      eventTimeZoneOffset: raw.eventTimeZoneOffset as string,
      readPoint,
      bizLocation,
      country: (bizLocation && countries.get(bizLocation)) ?? (readPoint && countries.get(readPoint)) ?? null,
      parentId,
      lot: ilmdValue(raw.ilmd, "lotNumber"),
      expiry: ilmdValue(raw.ilmd, "itemExpirationDate")?.slice(0, 10) ?? null,
      serials,
      errorDeclaration: (raw.errorDeclaration as Record<string, unknown> | undefined) ?? null,
      body: raw,
    };
  });
  if (epcCount > MAX_EPCS_PER_CAPTURE) {
    issues.push({ index: null, path: "epcisBody.eventList", message: `names ${epcCount} EPCs; one capture takes at most ${MAX_EPCS_PER_CAPTURE}` });
  }
  return { events, issues };
}
