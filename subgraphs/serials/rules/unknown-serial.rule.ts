import { AnomalyKind, AnomalySeverity } from "../anomaly/anomaly-kind";
import type { AnomalyDraft } from "../anomaly/anomaly.repository";
import type { SerialKey } from "../../../lib/serial-key";
import type { RoleEvent, SerialState } from "../serial/serial-state";

export interface SerialOutcome extends SerialKey {
  /** State after the batch. */
  state: SerialState;
  /** The batch's new events for this serial. */
  events: readonly RoleEvent[];
  /** The hub generated this serial: it is known even before commissioning. */
  allocated: boolean;
}

/**
 * UNKNOWN_SERIAL: an event names a serial of one of the tenant's products that was never
 * issued by the hub nor commissioned. Products of others (or of no one) are UNKNOWN_GTIN's
 * business; an issued serial seen before commissioning is NOT_YET_COMMISSIONED's.
 */
export function unknownSerial(outcomes: readonly SerialOutcome[], knownGtins: ReadonlySet<string>): AnomalyDraft[] {
  return outcomes
    .filter(
      (outcome) => outcome.events.length > 0 && !outcome.allocated && outcome.state.commissionedAt === null && knownGtins.has(outcome.gtin),
    )
    .map((outcome) => ({
      kind: AnomalyKind.UNKNOWN_SERIAL,
      severity: AnomalySeverity.HIGH,
      gtin: outcome.gtin,
      serial: outcome.serial,
      eventIds: outcome.events.map((item) => item.event.eventId),
      hint:
        `Serial "${outcome.serial}" of GTIN ${outcome.gtin} was never commissioned. ` +
        "Check for a missing commissioning upload or a mis-scanned code before treating the unit as counterfeit.",
    }));
}
