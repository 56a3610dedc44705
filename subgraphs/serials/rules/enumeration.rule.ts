import { AnomalyKind, AnomalySeverity } from "../anomaly/anomaly-kind";
import type { AnomalyDraft } from "../anomaly/anomaly.repository";
import type { RuleSettings } from "./rule-settings";

export const ENUMERATION_RULE_VERSION = 1;

export interface LookupCounts {
  /** Lookups of one GTIN by one client within the window, this one included. */
  total: number;
  unknown: number;
}

/**
 * SERIAL_ENUMERATION: a client guessing codes. Fires when many unknown serials of one GTIN
 * come from one client within the window, or when most of a long run of lookups are unknown.
 * One anomaly per client, GTIN and window, however long the guessing goes on.
 */
export function serialEnumeration(
  lookup: { gtin: string; serial: string; client: string; at: Date },
  counts: LookupCounts,
  settings: RuleSettings,
): AnomalyDraft | null {
  if (settings.disabled.includes(AnomalyKind.SERIAL_ENUMERATION)) {
    return null;
  }
  const many = counts.unknown >= settings.enumerationUnknown;
  const ratio = counts.total >= settings.enumerationMinLookups && counts.unknown / counts.total > settings.enumerationRatio;
  if (!many && !ratio) {
    return null;
  }
  const windowMs = settings.enumerationWindowMinutes * 60_000;
  const bucket = Math.floor(lookup.at.getTime() / windowMs);
  return {
    kind: AnomalyKind.SERIAL_ENUMERATION,
    severity: AnomalySeverity.ALERT,
    gtin: lookup.gtin,
    serial: lookup.serial,
    eventIds: [],
    hint:
      `${counts.unknown} of ${counts.total} lookups of GTIN ${lookup.gtin} by one client in ${settings.enumerationWindowMinutes} min were unknown serials: ` +
      "someone is guessing codes, or a scanner at one site is misconfigured.",
    ruleVersion: ENUMERATION_RULE_VERSION,
    dedupeKey: `${AnomalyKind.SERIAL_ENUMERATION}:${lookup.gtin}:${lookup.client}:${bucket}`,
    country: null,
    lot: null,
    source: lookup.client,
  };
}
