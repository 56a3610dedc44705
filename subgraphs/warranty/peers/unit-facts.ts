import type { SerialKey } from "../../../lib/serial-key";

/** A sale or shipment of a unit, as serials recorded it. */
export interface UnitEvent {
  eventId: string;
  eventTime: Date;
  /** The event's own offset, so its local date is the day the customer saw. */
  timeZoneOffset: string;
  country: string | null;
  /** The bizTransaction ids of the event (orders, invoices, RMAs). */
  transactions: string[];
}

/** What warranty needs to know of a unit from serials, in one call. */
export interface UnitFacts extends SerialKey {
  status: string;
  /** What recall scopes by lot and production window are judged on. */
  lot: string | null;
  commissionedAt: string | null;
  lastCountry: string | null;
  /** Open anomalies of any severity. */
  openAnomalies: number;
  /** Open anomalies of severity ALERT or CRITICAL: the unit is flagged suspect. */
  suspectAnomalies: number;
  /** The unit this one is installed in as a part, if any. */
  installedIn: SerialKey | null;
  /** Standing retail sales, oldest first. */
  sales: UnitEvent[];
  /** The first standing shipment, if any. */
  firstShipment: UnitEvent | null;
}

/** What `verify` says of one scanned code. */
export interface CodeVerification {
  verified: boolean;
  verdict: "GENUINE" | "SUSPECT";
  failureReason: string | null;
  additionalInfo: string[];
}

/** Genuine means the code matches a unit the owner issued and nothing about it is forged; a stolen unit is still genuine. */
export const isGenuine = (verification: CodeVerification): boolean => verification.verified && !verification.additionalInfo.includes("SUSPECT");

/** The code names no unit at all (as opposed to a unit whose code was tampered with). */
export const isUnknown = (verification: CodeVerification): boolean =>
  verification.failureReason === "NO_MATCH_GTIN_SERIAL" || verification.failureReason === "GTIN_UNKNOWN";

export const isRecalled = (verification: CodeVerification): boolean => verification.additionalInfo.includes("RECALLED");

interface RawEvent {
  eventId: string;
  eventTime: string;
  eventTimeZoneOffset: string;
  country: string | null;
  body: { bizTransactionList?: { bizTransaction?: unknown }[] } | null;
}

export interface RawUnit {
  gtin: string;
  serial: string;
  status: string;
  lot: string | null;
  commissionedAt: string | null;
  lastCountry: string | null;
  openAnomalies: number;
  suspectAnomalies: number;
  installedIn: { parent: SerialKey } | null;
  sales: RawEvent[];
  shipments: RawEvent[];
}

const toEvent = (raw: RawEvent): UnitEvent => ({
  eventId: raw.eventId,
  eventTime: new Date(raw.eventTime),
  timeZoneOffset: raw.eventTimeZoneOffset,
  country: raw.country,
  transactions: (Array.isArray(raw.body?.bizTransactionList) ? raw.body.bizTransactionList : [])
    .map((entry) => entry?.bizTransaction)
    .filter((id): id is string => typeof id === "string"),
});

export const toUnitFacts = (raw: RawUnit): UnitFacts => ({
  gtin: raw.gtin,
  serial: raw.serial,
  status: raw.status,
  lot: raw.lot,
  commissionedAt: raw.commissionedAt,
  lastCountry: raw.lastCountry,
  openAnomalies: raw.openAnomalies,
  suspectAnomalies: raw.suspectAnomalies,
  installedIn: raw.installedIn ? { gtin: raw.installedIn.parent.gtin, serial: raw.installedIn.parent.serial } : null,
  sales: raw.sales.map(toEvent),
  firstShipment: raw.shipments[0] ? toEvent(raw.shipments[0]) : null,
});
