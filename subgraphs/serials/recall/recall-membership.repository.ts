import type { EntityManager } from "typeorm";
import { keyString } from "../../../lib/serial-key";
import { scopeOfPredicate, unitInScope, type ScopedUnit, type StoredPredicate } from "./unit-scope";

/**
 * Which open recalls cover the units of a capture batch, read in the batch's transaction:
 * the tenant's open predicates (a handful of rows) applied to each unit's state after the
 * batch, and the explicit lists looked up by key. A unit commissioned now into a recalled
 * lot is covered by this very batch; nothing is written per unit.
 */
export class RecallMembershipRepository {
  /** Open recall ids covering each unit, by keyString; units no open recall covers are left out. */
  async recalledIn(manager: EntityManager, tenantId: string, units: readonly ScopedUnit[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    if (units.length === 0) {
      return found;
    }
    const open: { recall_id: string; gtin: string; predicate: StoredPredicate }[] = await manager.query(
      `SELECT recall_id, gtin, predicate FROM serials.recall_predicates WHERE tenant_id = $1 AND status = 'OPEN' AND gtin = ANY($2::char(14)[])`,
      [tenantId, [...new Set(units.map((unit) => unit.gtin))]],
    );
    if (open.length === 0) {
      return found;
    }
    const add = (key: string, recallId: string) => {
      const ids = found.get(key) ?? [];
      if (!ids.includes(recallId)) {
        found.set(key, [...ids, recallId]);
      }
    };
    const scopes = open.map((row) => ({ recallId: row.recall_id, scope: scopeOfPredicate(row.gtin, row.predicate) }));
    const lists = [...new Set(scopes.flatMap(({ scope }) => scope.serialLists))];
    if (lists.length > 0) {
      const listed: { list_id: string; serial: string }[] = await manager.query(
        `SELECT list_id, serial FROM serials.recall_list_serials WHERE tenant_id = $1 AND list_id = ANY($2::uuid[]) AND serial = ANY($3::text[])`,
        [tenantId, lists, [...new Set(units.map((unit) => unit.serial))]],
      );
      for (const { recallId, scope } of scopes) {
        for (const row of listed.filter((entry) => scope.serialLists.includes(entry.list_id))) {
          // A list belongs to one recall's GTIN: the serial names a unit of that GTIN only.
          add(keyString({ gtin: scope.gtin, serial: row.serial }), recallId);
        }
      }
    }
    for (const { recallId, scope } of scopes) {
      for (const unit of units) {
        if (unitInScope(scope, unit)) {
          add(keyString(unit), recallId);
        }
      }
    }
    return found;
  }
}
