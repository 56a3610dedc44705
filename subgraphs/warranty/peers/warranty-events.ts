import { createHash } from "node:crypto";
import { CANONICAL_STEM, encodeDigitalLinkValue } from "../../../lib/gs1/digital-link";
import type { SerialKey } from "../../../lib/serial-key";

/**
 * The EPCIS 2.0 events warranty records in a unit's history, through serials capture like
 * any other source. Units are named by their canonical Digital Link; warranty's own records
 * are named in the bizTransactionList, so the history says which sale, repair or return it was.
 */

export const unitUri = (key: SerialKey): string => `${CANONICAL_STEM}/01/${key.gtin}/21/${encodeDigitalLinkValue(key.serial)}`;

/** A customer order as a URI (bizTransaction ids must be URIs); `matchesOrder` reads it back. */
export const orderUri = (orderRef: string): string => `urn:serialhub:order:${encodeURIComponent(orderRef)}`;

/**
 * Whether a bizTransaction id names this order: warranty's own URI for it, the bare reference,
 * or a CBV/ERP id ending in it (`urn:epcglobal:cbv:bt:0614141000005:SO-1001`, `https://erp.example/po/SO-1001`).
 */
export function matchesOrder(transaction: string, orderRef: string): boolean {
  return transaction === orderRef || transaction === orderUri(orderRef) || transaction.endsWith(`:${orderRef}`) || transaction.endsWith(`/${orderRef}`);
}

/** A UUID derived from its parts: the same sale registered twice gets the same event id, so serials keeps one. */
export function derivedUuid(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const base = (eventId: string, at: Date, offset: string) => ({
  eventID: `urn:uuid:${eventId}`,
  eventTime: at.toISOString(),
  eventTimeZoneOffset: offset,
});

export function saleEvent(key: SerialKey, eventId: string, soldAt: Date, offset: string, orderRef: string): Record<string, unknown> {
  return {
    type: "ObjectEvent",
    action: "OBSERVE",
    ...base(eventId, soldAt, offset),
    bizStep: "retail_selling",
    disposition: "retail_sold",
    epcList: [unitUri(key)],
    bizTransactionList: [{ type: "po", bizTransaction: orderUri(orderRef) }],
  };
}

/** Parts leaving (DELETE, removing) or entering (ADD, installing) a unit in a repair. */
export function partsEvent(action: "ADD" | "DELETE", unit: SerialKey, parts: readonly SerialKey[], eventId: string, at: Date, repairId: string): Record<string, unknown> {
  return {
    type: "AssociationEvent",
    action,
    ...base(eventId, at, "+00:00"),
    parentID: unitUri(unit),
    childEPCs: parts.map(unitUri),
    bizStep: action === "ADD" ? "installing" : "removing",
    bizTransactionList: [{ bizTransaction: `urn:serialhub:repair:${repairId}` }],
  };
}

/**
 * A customer return taken back (CBV: receiving with disposition returned, under an RMA), so
 * the unit becomes RETURNED and the rules treat the movement as a return.
 */
export function returnEvent(key: SerialKey, eventId: string, at: Date, orderRef: string, returnId: string): Record<string, unknown> {
  return {
    type: "ObjectEvent",
    action: "OBSERVE",
    ...base(eventId, at, "+00:00"),
    bizStep: "receiving",
    disposition: "returned",
    epcList: [unitUri(key)],
    bizTransactionList: [
      { type: "rma", bizTransaction: `urn:serialhub:return:${returnId}` },
      { type: "po", bizTransaction: orderUri(orderRef) },
    ],
  };
}
