import type { DataSource, EntityManager } from "typeorm";
import type { SerialKey } from "../../../lib/serial-key";
import { serialInRangeSql } from "../../../lib/serials/serial-range";
import type { RecallStatus } from "./recall-status";
import { Recall } from "./recall.entity";

/** A unit as recall scopes see it: its key, lot and commissioning time (from the serials subgraph). */
export interface ScopedSerial extends SerialKey {
  lot: string | null;
  commissionedAt: string | null;
}

/** The columns of a new recall. */
export interface NewRecall {
  id: string;
  gtin: string;
  title: string;
  reason: string;
  instructions: string;
  severity: string | null;
  markets: string[];
  openedBy: string;
}

export interface RecallQuery {
  status?: RecallStatus;
  gtin?: string;
}

export class RecallRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(tenantId: string, ids: readonly string[]): Promise<Recall[]> {
    return this.dataSource
      .getRepository(Recall)
      .createQueryBuilder("r")
      .where("r.tenant_id = :tenantId AND r.id = ANY(:ids::uuid[])", { tenantId, ids })
      .getMany();
  }

  /** Recalls of each GTIN, newest first. */
  async forGtins(tenantId: string, gtins: readonly string[]): Promise<{ gtin: string; recall: Recall }[]> {
    const recalls = await this.dataSource
      .getRepository(Recall)
      .createQueryBuilder("r")
      .where("r.tenant_id = :tenantId AND r.gtin = ANY(:gtins::char(14)[])", { tenantId, gtins })
      .orderBy("r.opened_at", "DESC")
      .getMany();
    return recalls.map((recall) => ({ gtin: recall.gtin, recall }));
  }

  /**
   * Recalls whose current scope covers each unit: a range (the shared serial range rule), a
   * lot, an explicit list, or the production window, in one statement for the whole batch.
   */
  async forSerials(tenantId: string, units: readonly ScopedSerial[]): Promise<(SerialKey & { recall: Recall })[]> {
    const rows: (SerialKey & { id: string })[] = await this.dataSource.query(
      `SELECT DISTINCT k.gtin, k.serial, s.recall_id AS id
       FROM jsonb_to_recordset($2::jsonb) AS k(gtin char(14), serial text, lot text, commissioned_at timestamptz)
       JOIN recalls.recall_scopes s ON s.tenant_id = $1 AND s.gtin = k.gtin
       WHERE (s.serial_from IS NOT NULL AND ${serialInRangeSql("k.serial", "s.serial_from", "s.serial_to")})
          OR (s.lot IS NOT NULL AND s.lot = k.lot)
          OR (s.list_id IS NOT NULL AND EXISTS (SELECT 1 FROM recalls.serial_list_items i WHERE i.list_id = s.list_id AND i.serial = k.serial))
          OR ((s.produced_from IS NOT NULL OR s.produced_to IS NOT NULL) AND k.commissioned_at IS NOT NULL
              AND k.commissioned_at >= coalesce(s.produced_from, '-infinity') AND k.commissioned_at <= coalesce(s.produced_to, 'infinity'))`,
      [tenantId, JSON.stringify(units.map((unit) => ({ gtin: unit.gtin, serial: unit.serial, lot: unit.lot, commissioned_at: unit.commissionedAt })))],
    );
    const recalls = new Map((await this.findByIds(tenantId, [...new Set(rows.map((row) => row.id))])).map((recall) => [recall.id, recall]));
    return rows
      .map((row) => ({ gtin: row.gtin, serial: row.serial, recall: recalls.get(row.id) as Recall }))
      .filter((row) => row.recall !== undefined)
      .sort((a, b) => b.recall.openedAt.getTime() - a.recall.openedAt.getTime());
  }

  async insert(manager: EntityManager, tenantId: string, recall: NewRecall): Promise<void> {
    await manager.query(
      `INSERT INTO recalls.recalls (id, tenant_id, gtin, title, reason, instructions, severity, markets, status, opened_by, scope_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN', $9, 1)`,
      [recall.id, tenantId, recall.gtin, recall.title, recall.reason, recall.instructions, recall.severity, recall.markets, recall.openedBy],
    );
  }

  /** The recall, locked until the caller's transaction ends (amendments and closing take turns). */
  async lock(manager: EntityManager, tenantId: string, id: string): Promise<Recall | null> {
    return manager
      .getRepository(Recall)
      .createQueryBuilder("r")
      .setLock("pessimistic_write")
      .where("r.tenant_id = :tenantId AND r.id = :id", { tenantId, id })
      .getOne();
  }

  async setScope(manager: EntityManager, id: string, version: number, affectedCount: number): Promise<void> {
    await manager.query(`UPDATE recalls.recalls SET scope_version = $2, affected_count = $3 WHERE id = $1`, [id, version, affectedCount]);
  }

  async close(manager: EntityManager, id: string, closedBy: string): Promise<void> {
    await manager.query(`UPDATE recalls.recalls SET status = 'CLOSED', closed_at = now(), closed_by = $2 WHERE id = $1`, [id, closedBy]);
  }

  /** Newest first; `after` is the [openedAt, id] of the previous page's last. */
  page(tenantId: string, filter: RecallQuery, limit: number, after?: [string, string]): Promise<Recall[]> {
    const query = this.dataSource.getRepository(Recall).createQueryBuilder("r").where("r.tenant_id = :tenantId", { tenantId });
    if (filter.status) {
      query.andWhere("r.status = :status", { status: filter.status });
    }
    if (filter.gtin) {
      query.andWhere("r.gtin = :gtin", { gtin: filter.gtin });
    }
    if (after) {
      query.andWhere("(r.opened_at, r.id) < (:time::timestamptz, :id::uuid)", { time: after[0], id: after[1] });
    }
    return query.orderBy("r.opened_at", "DESC").addOrderBy("r.id", "DESC").limit(limit).getMany();
  }
}
