import { randomUUID } from "node:crypto";
import type { NormalizedEvent } from "../../../lib/epcis/normalise";
import { CANONICAL_STEM, encodeDigitalLinkValue } from "../../../lib/gs1/digital-link";

/** The EPCIS commissioning event of a generated batch: one ObjectEvent ADD naming every unit. */
export function commissioningEvent(
  gtin: string,
  serials: readonly string[],
  lot: string | null,
  expiry: string | null,
  eventTime: Date,
  eventId = `urn:uuid:${randomUUID()}`,
): NormalizedEvent {
  const ilmd = {
    ...(lot ? { "cbvmda:lotNumber": lot } : {}),
    ...(expiry ? { "cbvmda:itemExpirationDate": expiry } : {}),
  };
  const body = {
    eventID: eventId,
    type: "ObjectEvent",
    action: "ADD",
    bizStep: "commissioning",
    disposition: "active",
    eventTime: eventTime.toISOString(),
    eventTimeZoneOffset: "+00:00",
    epcList: serials.map((serial) => `${CANONICAL_STEM}/01/${gtin}/21/${encodeDigitalLinkValue(serial)}`),
    ...(Object.keys(ilmd).length > 0 ? { ilmd } : {}),
  };
  return {
    eventId,
    type: "ObjectEvent",
    action: "ADD",
    bizStep: "commissioning",
    disposition: "active",
    eventTime,
    eventTimeZoneOffset: "+00:00",
    readPoint: null,
    bizLocation: null,
    country: null,
    parentId: null,
    lot,
    expiry,
    serials: serials.map((serial) => ({ gtin, serial, role: "epc" as const })),
    errorDeclaration: null,
    body,
  };
}
