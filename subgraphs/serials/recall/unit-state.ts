import type { RecallUnitStateName } from "../../../lib/recalls/recall-unit-state";
import { SerialStatus } from "../serial/serial-status";

const quoted = (statuses: readonly SerialStatus[]) => statuses.map((status) => `'${status}'`).join(", ");

/** Statuses that settle a unit's state in a recall; ACTIVE depends on whether it ever left. */
const BY_STATUS: [RecallUnitStateName, SerialStatus[]][] = [
  ["SOLD", [SerialStatus.SOLD, SerialStatus.DISPENSED]],
  // A `recalled` disposition means the unit was pulled back into quarantine.
  ["RETURNED", [SerialStatus.RETURNED, SerialStatus.RECALLED]],
  ["DESTROYED", [SerialStatus.DESTROYED, SerialStatus.INACTIVE]],
  ["IN_CHANNEL", [SerialStatus.IN_TRANSIT]],
  ["NOT_YET_SHIPPED", [SerialStatus.ALLOCATED, SerialStatus.ENCODED]],
];

/**
 * SQL for the recall state of a unit row `s` (all NULL when the hub has never seen a listed
 * serial: UNKNOWN, like stolen and never-commissioned units). An ACTIVE unit is in the channel
 * once it has been shipped (rule memory `shipped`; units stored before that flag existed are
 * judged by their latest step).
 */
export function unitStateSql(s: string): string {
  const arms = BY_STATUS.map(([state, statuses]) => `WHEN ${s}.status IN (${quoted(statuses)}) THEN '${state}'`).join("\n      ");
  return `(CASE
      ${arms}
      WHEN ${s}.status = '${SerialStatus.ACTIVE}' THEN
        CASE WHEN (${s}.rule_memory->>'shipped') = 'true'
               OR ${s}.last_biz_step IN ('receiving', 'arriving', 'accepting', 'stocking', 'storing')
             THEN 'IN_CHANNEL' ELSE 'NOT_YET_SHIPPED' END
      ELSE 'UNKNOWN'
    END)`;
}

/** Last supply-chain party that held the unit: the rules' custodian, else where it was last placed. */
export const custodianSql = (s: string): string => `coalesce(${s}.rule_memory->>'custodian', ${s}.last_biz_location, ${s}.last_read_point)`;
