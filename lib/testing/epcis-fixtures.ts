import { EPCIS_CONTEXT } from "../epcis/validate";

/** `urn:epc:id:sgtin:0614141.107346.<serial>` is GTIN 10614141073464. */
export const WIDGET_GTIN = "10614141073464";
export const sgtin = (serial: string, prefix = "0614141", itemRef = "107346") => `urn:epc:id:sgtin:${prefix}.${itemRef}.${serial}`;

export function epcisDocument(events: unknown[], header?: unknown): Record<string, unknown> {
  return {
    "@context": [EPCIS_CONTEXT],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: "2025-03-01T10:00:00Z",
    ...(header ? { epcisHeader: header } : {}),
    epcisBody: { eventList: events },
  };
}

export function objectEvent(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "ObjectEvent",
    action: "OBSERVE",
    eventTime: "2025-03-01T09:00:00Z",
    eventTimeZoneOffset: "+01:00",
    ...fields,
  };
}

export const commissioning = (epcs: string[], eventTime = "2025-03-01T08:00:00Z", extra: Record<string, unknown> = {}) =>
  objectEvent({ action: "ADD", bizStep: "commissioning", disposition: "active", epcList: epcs, eventTime, ...extra });

export const shipping = (epcs: string[], eventTime = "2025-03-01T12:00:00Z", extra: Record<string, unknown> = {}) =>
  objectEvent({ bizStep: "shipping", disposition: "in_transit", epcList: epcs, eventTime, ...extra });

/** Location master data giving a country to an SGLN, the way EPCIS documents carry it. */
export const locationHeader = (locations: Record<string, string>) => ({
  epcisMasterData: {
    vocabularyList: [
      {
        type: "urn:epcglobal:epcis:vtype:BusinessLocation",
        vocabularyElementList: Object.entries(locations).map(([id, country]) => ({
          id,
          attributes: [{ id: "urn:epcglobal:cbv:mda#countryCode", attribute: country }],
        })),
      },
    ],
  },
});
