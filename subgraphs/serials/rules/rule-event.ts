import type { SerialRole } from "../../../lib/epcis/normalise";
import type { StateEvent } from "../serial/serial-state";

/** The hub's own bizStep for a consumer's or inspector's verification scan. */
export const VERIFICATION_SCAN_BIZ_STEP = "urn:serialhub:bizstep:verification-scan";

/** What a verification scan adds to its event body. */
export interface ScanInfo {
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** A phone app install or browser session: retries within one session are one look. */
  session: string | null;
  /** Who asked: the token's subject, or the network address of an anonymous caller. */
  client: string | null;
  /** Lot and expiry as printed on the scanned code, for LOT_EXPIRY_MISMATCH. */
  lot: string | null;
  expiry: string | null;
}

/** The event fields the rules read beyond the state fold's. History rows carry exactly these. */
export interface RuleEvent extends StateEvent {
  recordTime: Date;
  scan: ScanInfo | null;
  /** Location ids of the destination list (where a shipment is going). */
  destinations: string[];
  /** A return authorisation is attached: movements of recalled or sold units are expected. */
  returnAuthorised: boolean;
}

export interface RuleItem {
  event: RuleEvent;
  role: SerialRole;
}

const asObject = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const asString = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const asNumber = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** The rule fields of an event body (the parts of it history queries select). */
export function ruleFieldsOf(body: {
  scan?: unknown;
  destinationList?: unknown;
  bizTransactionList?: unknown;
}): Pick<RuleEvent, "scan" | "destinations" | "returnAuthorised"> {
  const scan = asObject(body.scan);
  const destinations = Array.isArray(body.destinationList)
    ? body.destinationList.map((entry) => asString(asObject(entry)?.destination)).filter((id): id is string => id !== null)
    : [];
  const returnAuthorised = Array.isArray(body.bizTransactionList)
    ? body.bizTransactionList.some((entry) => /(^|[:/-])rma$/i.test(asString(asObject(entry)?.type) ?? ""))
    : false;
  return {
    scan: scan
      ? {
          country: asString(scan.country),
          lat: asNumber(scan.lat),
          lon: asNumber(scan.lon),
          session: asString(scan.session),
          client: asString(scan.client),
          lot: asString(scan.lot),
          expiry: asString(scan.expiry),
        }
      : null,
    destinations,
    returnAuthorised,
  };
}

/** The rule fields of a whole event body as captured. */
export const ruleFieldsOfBody = (body: Record<string, unknown>) =>
  ruleFieldsOf({ scan: body["serialhub:verificationScan"], destinationList: body.destinationList, bizTransactionList: body.bizTransactionList });

export const isVerificationScan = (event: Pick<RuleEvent, "bizStep">): boolean => event.bizStep === VERIFICATION_SCAN_BIZ_STEP;
