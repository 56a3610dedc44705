import { createHash } from "node:crypto";
import type { ConnectorEvent, EventKind } from "../core/connector";
import { connectorEventId } from "../core/event-id";
import { text, type Json } from "./payload";
import type { EventTime } from "./wms-time";

/** What one line of a WMS document says about all of its serials. */
export interface LineFacts {
  source: string;
  document: string;
  line: string;
  kind: EventKind;
  time: EventTime;
  item: ConnectorEvent["item"];
  lot: string | null;
  expiry: string | null;
  readPoint: string | null;
  bizLocation: string | null;
  bizTransactions: { type: string; id: string }[];
  extensions: Record<string, unknown>;
}

export function lineEvents(facts: LineFacts, serials: readonly string[]): ConnectorEvent[] {
  const { source, document, line, kind } = facts;
  return serials.map((serial) => ({
    eventId: connectorEventId(source, document, line, serial, kind),
    source,
    document,
    line,
    kind,
    ...facts.time,
    item: facts.item,
    serial,
    lot: facts.lot,
    expiry: facts.expiry,
    readPoint: facts.readPoint,
    bizLocation: facts.bizLocation,
    bizTransactions: facts.bizTransactions,
    extensions: facts.extensions,
  }));
}

/** A warehouse or fulfilment centre as an EPCIS location id. */
export const locationUri = (source: string, kind: string, id: string): string => `urn:serialhub:${source}:${kind}:${encodeURIComponent(id)}`;

/** Business transactions without the ones the payload left empty. */
export const transactions = (...entries: [type: string, id: string | undefined][]): { type: string; id: string }[] =>
  entries.filter((entry): entry is [string, string] => entry[1] !== undefined).map(([type, id]) => ({ type, id }));

/**
 * `serialhub:shipTo` of a WMS address. WMS shipments are mostly to consumers, and serial
 * events are kept for years and shared along the chain: only the region travels, never the
 * name, street or phone.
 */
export function shipTo(address: Json | undefined, zipKey: string): Record<string, unknown> {
  if (!address) {
    return {};
  }
  const region = { country: text(address, "country") ?? null, state: text(address, "state") ?? null, city: text(address, "city") ?? null, zip: text(address, zipKey) ?? null };
  return Object.values(region).some((value) => value !== null) ? { "serialhub:shipTo": region } : {};
}

/**
 * The dedupe key of a document whose webhook repeats as it progresses (a PO is received in
 * batches, a return item by item): its id alone would drop every update after the first as
 * a duplicate, so the serials it carries are part of the key. A redelivery of the same
 * state still collapses, and the events themselves collapse by their ids anyway.
 */
export function progressKey(prefix: string, id: string, events: readonly ConnectorEvent[]): string {
  const state = events.map((event) => `${event.line}\u0000${event.serial}`).sort();
  return `${prefix}:${id}#${createHash("sha256").update(state.join("\n")).digest("hex").slice(0, 16)}`;
}
