import type { DataSource, EntityManager } from "typeorm";
import type { SerialRange } from "../../../lib/serials/serial-range";
import type { RecallScope, RecallScopeVersion } from "./recall-scope.type";

/** A scope as stored in each version (JSON) and, part by part, in recall_scopes. */
export interface StoredScope {
  serialRanges: SerialRange[];
  lots: string[];
  serialLists: string[];
  listedCount: number;
  producedFrom: string | null;
  producedTo: string | null;
}

export type ScopeChange = "OPENED" | "AMENDED";

export const toRecallScope = (scope: StoredScope): RecallScope => ({
  serialRanges: scope.serialRanges,
  lots: scope.lots,
  serialLists: scope.serialLists,
  listedCount: scope.listedCount,
  producedFrom: scope.producedFrom ? new Date(scope.producedFrom) : null,
  producedTo: scope.producedTo ? new Date(scope.producedTo) : null,
});

/** Recall scopes: the current one part by part (for matching units), and every version (audit). */
export class ScopeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces the current scope's parts: one row per range, lot and list, one for the window. */
  async replaceCurrent(manager: EntityManager, tenantId: string, recallId: string, gtin: string, scope: StoredScope): Promise<void> {
    await manager.query(`DELETE FROM recalls.recall_scopes WHERE recall_id = $1`, [recallId]);
    const window = scope.producedFrom !== null || scope.producedTo !== null ? [{ produced_from: scope.producedFrom, produced_to: scope.producedTo }] : [];
    const parts = [
      ...scope.serialRanges.map((range) => ({ serial_from: range.from, serial_to: range.to })),
      ...scope.lots.map((lot) => ({ lot })),
      ...scope.serialLists.map((listId) => ({ list_id: listId })),
      ...window,
    ];
    await manager.query(
      `INSERT INTO recalls.recall_scopes (tenant_id, recall_id, gtin, lot, serial_from, serial_to, list_id, produced_from, produced_to)
       SELECT $1, $2, $3, p.lot, p.serial_from, p.serial_to, p.list_id, p.produced_from, p.produced_to
       FROM jsonb_to_recordset($4::jsonb) AS p(lot text, serial_from text, serial_to text, list_id uuid, produced_from timestamptz, produced_to timestamptz)`,
      [tenantId, recallId, gtin, JSON.stringify(parts)],
    );
  }

  async addVersion(
    manager: EntityManager,
    tenantId: string,
    recallId: string,
    entry: { version: number; change: ScopeChange; scope: StoredScope; affectedCount: number; changedBy: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO recalls.recall_scope_versions (tenant_id, recall_id, version, change, scope, affected_count, changed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, recallId, entry.version, entry.change, JSON.stringify(entry.scope), entry.affectedCount, entry.changedBy],
    );
  }

  /** The stored form of the current scope of each recall. */
  async current(tenantId: string, recallIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, StoredScope>> {
    const rows: { recall_id: string; scope: StoredScope }[] = await manager.query(
      `SELECT v.recall_id, v.scope FROM recalls.recalls r
       JOIN recalls.recall_scope_versions v ON v.recall_id = r.id AND v.version = r.scope_version
       WHERE r.tenant_id = $1 AND r.id = ANY($2::uuid[])`,
      [tenantId, recallIds],
    );
    return new Map(rows.map((row) => [row.recall_id, row.scope]));
  }

  /** Every version of a recall's scope, oldest first. */
  async versions(tenantId: string, recallId: string): Promise<RecallScopeVersion[]> {
    const rows: { version: number; change: string; scope: StoredScope; affected_count: number | null; changed_by: string; changed_at: Date }[] =
      await this.dataSource.query(
        `SELECT version, change, scope, affected_count, changed_by, changed_at FROM recalls.recall_scope_versions
         WHERE tenant_id = $1 AND recall_id = $2 ORDER BY version`,
        [tenantId, recallId],
      );
    return rows.map((row) => ({
      version: row.version,
      change: row.change,
      scope: toRecallScope(row.scope),
      affectedCount: row.affected_count,
      changedBy: row.changed_by,
      changedAt: row.changed_at,
    }));
  }
}
