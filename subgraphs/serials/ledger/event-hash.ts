import { createHash } from "node:crypto";
import { canonicalJson } from "../../../lib/canonical-json";

/**
 * What one leaf of a batch stands for: an event the batch stored, or the retraction of an
 * earlier event by an errorDeclaration (the event keeps its own leaf in the batch that stored it).
 */
export type LeafKind = "EVENT" | "RETRACTION";

/** A leaf as `serials.events` holds it: `data` is the body for an event, the errorDeclaration for a retraction. */
export interface LeafRow {
  kind: LeafKind;
  eventId: string;
  data: unknown;
}

const sha256 = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

/**
 * Hashed from the stored columns only (event_id, body), never from what the client sent, so an
 * auditor recomputes it from the table and any later change to either column shows.
 */
export const eventLeaf = (eventId: string, body: unknown): Buffer => sha256(canonicalJson({ eventId, body }));

/** A different key (`retracted`) keeps a retraction's leaf from ever equalling an event's. */
export const retractionLeaf = (eventId: string, errorDeclaration: unknown): Buffer =>
  sha256(canonicalJson({ retracted: eventId, errorDeclaration }));

export const leafOf = (row: LeafRow): Buffer => (row.kind === "EVENT" ? eventLeaf(row.eventId, row.data) : retractionLeaf(row.eventId, row.data));
