import { EPCIS_CONTEXT, HUB_CONTEXT } from "../../lib/epcis/validate";
import { CANONICAL_STEM, encodeDigitalLinkValue } from "../../lib/gs1/digital-link";
import type { ConnectorEvent, EventKind } from "./connector";


const SHAPES: Record<EventKind, { type: string; action: string; bizStep: string; disposition: string }> = {
  commissioning: { type: "ObjectEvent", action: "ADD", bizStep: "commissioning", disposition: "active" },
  shipping: { type: "ObjectEvent", action: "OBSERVE", bizStep: "shipping", disposition: "in_transit" },
  receiving: { type: "ObjectEvent", action: "OBSERVE", bizStep: "receiving", disposition: "in_progress" },
  returned: { type: "ObjectEvent", action: "OBSERVE", bizStep: "receiving", disposition: "returned" },
  retail_selling: { type: "ObjectEvent", action: "OBSERVE", bizStep: "retail_selling", disposition: "retail_sold" },
  decommissioning: { type: "ObjectEvent", action: "DELETE", bizStep: "decommissioning", disposition: "inactive" },
  packing: { type: "AggregationEvent", action: "ADD", bizStep: "packing", disposition: "in_progress" },
};

export const unitEpc = (gtin: string, serial: string): string => `${CANONICAL_STEM}/01/${gtin}/21/${encodeDigitalLinkValue(serial)}`;

/** A URI for an ERP document, as EPCIS bizTransaction values must be URIs. */
export const documentUri = (source: string, type: string, id: string): string => `urn:serialhub:${source}:${type}:${encodeURIComponent(id)}`;

/** The EPCIS 2.0 JSON of a connector event, once its GTIN is known. */
export function toEpcisEvent(event: ConnectorEvent, gtin: string): Record<string, unknown> {
  const shape = SHAPES[event.kind];
  const epc = unitEpc(gtin, event.serial);
  const ilmd =
    event.kind === "commissioning" && (event.lot || event.expiry)
      ? { ilmd: { ...(event.lot ? { "cbvmda:lotNumber": event.lot } : {}), ...(event.expiry ? { "cbvmda:itemExpirationDate": event.expiry } : {}) } }
      : {};
  return {
    eventID: event.eventId,
    type: shape.type,
    action: shape.action,
    bizStep: shape.bizStep,
    disposition: shape.disposition,
    eventTime: event.eventTime,
    eventTimeZoneOffset: event.eventTimeZoneOffset,
    ...(shape.type === "AggregationEvent" ? { parentID: event.parent, childEPCs: [epc] } : { epcList: [epc] }),
    ...(event.readPoint ? { readPoint: { id: event.readPoint } } : {}),
    ...(event.bizLocation ? { bizLocation: { id: event.bizLocation } } : {}),
    ...(event.bizTransactions?.length
      ? { bizTransactionList: event.bizTransactions.map((bt) => ({ type: bt.type, bizTransaction: documentUri(event.source, bt.type, bt.id) })) }
      : {}),
    ...ilmd,
    "serialhub:source": event.source,
    "serialhub:document": event.document,
    ...(event.line ? { "serialhub:line": event.line } : {}),
    ...(event.kind !== "commissioning" && event.lot ? { "serialhub:lot": event.lot } : {}),
    ...(event.kind !== "commissioning" && event.expiry ? { "serialhub:expiry": event.expiry } : {}),
    ...(event.extensions ?? {}),
  };
}

/** An EPCIS document for captureEvents, declaring the hub's namespace. */
export function toEpcisDocument(events: Record<string, unknown>[], now = new Date()): Record<string, unknown> {
  return {
    "@context": [EPCIS_CONTEXT, HUB_CONTEXT],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: now.toISOString(),
    epcisBody: { eventList: events },
  };
}
