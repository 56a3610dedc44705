import { AnomalyKind, AnomalySeverity } from "../anomaly/anomaly-kind";
import { isVerificationScan } from "./rule-event";
import type { Rule } from "./rule";

export const aggregationConflict: Rule = {
  kind: AnomalyKind.AGGREGATION_CONFLICT,
  version: 1,
  check({ item, before, memory, place }) {
    const { event, role } = item;
    if (event.type === "AggregationEvent" && event.action === "ADD" && role === "child" && before.parentId !== null && before.parentId !== event.parentId) {
      return {
        severity: AnomalySeverity.ALERT,
        eventIds: [...(memory.packEvent ? [memory.packEvent] : []), event.eventId],
        discriminator: event.eventId,
        hint: `Packed into ${event.parentId ?? "?"} while still in ${before.parentId}: a missed unpack event, or two units with one code.`,
      };
    }
    const seenAlone = role === "epc" && event.type !== "AggregationEvent" && !isVerificationScan(event);
    if (seenAlone && before.parentId !== null && place?.country && memory.parentCountry && place.country !== memory.parentCountry) {
      return {
        severity: AnomalySeverity.WARNING,
        eventIds: [event.eventId],
        discriminator: event.eventId,
        hint: `Seen in ${place.country} while its container ${before.parentId} was last in ${memory.parentCountry}: usually a missed unpack event.`,
      };
    }
    return null;
  },
};
