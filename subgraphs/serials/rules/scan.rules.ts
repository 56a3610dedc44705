import { AnomalyKind, AnomalySeverity } from "../anomaly/anomaly-kind";
import { isVerificationScan } from "./rule-event";
import type { Rule } from "./rule";

/** A scan's session: one app install or browser session; a scan without one is its own. */
export const sessionOf = (event: { eventId: string; scan: { session: string | null } | null }): string => event.scan?.session ?? event.eventId;

export const scanCount: Rule = {
  kind: AnomalyKind.SCAN_COUNT,
  version: 1,
  check({ item, memory, settings }) {
    if (!isVerificationScan(item.event)) {
      return null;
    }
    const sessions = new Set([...memory.sessions, sessionOf(item.event)]);
    // Fires on crossing the limit; later scans add nothing new.
    if (sessions.size <= settings.maxScanSessions || memory.sessions.length > settings.maxScanSessions) {
      return null;
    }
    return {
      severity: AnomalySeverity.WARNING,
      eventIds: [item.event.eventId],
      discriminator: "",
      hint: `Verified in ${sessions.size} separate sessions (limit ${settings.maxScanSessions}): curious consumers or retailers checking, or a copied code.`,
    };
  },
};
