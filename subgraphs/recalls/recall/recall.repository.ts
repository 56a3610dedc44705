import type { DataSource } from "typeorm";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import type { RecallStatus } from "./recall-status";
import { Recall } from "./recall.entity";

interface RecallRow {
  id: string;
  tenant_id: string;
  title: string;
  reason: string;
  status: RecallStatus;
  opened_at: Date;
  closed_at: Date | null;
}

const toRecall = (row: RecallRow): Recall =>
  Object.assign(new Recall(), {
    id: row.id,
    tenantId: row.tenant_id,
    title: row.title,
    reason: row.reason,
    status: row.status,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  });

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

  /** Recalls with any scope on each GTIN. */
  async forGtins(tenantId: string, gtins: readonly string[]): Promise<{ gtin: string; recall: Recall }[]> {
    const rows: (RecallRow & { gtin: string })[] = await this.dataSource.query(
      `SELECT DISTINCT s.gtin, r.* FROM recalls.recall_scopes s JOIN recalls.recalls r ON r.id = s.recall_id
       WHERE s.tenant_id = $1 AND s.gtin = ANY($2::char(14)[]) ORDER BY r.opened_at DESC`,
      [tenantId, gtins],
    );
    return rows.map((row) => ({ gtin: row.gtin, recall: toRecall(row) }));
  }

  /**
   * Recalls whose scope names each unit: the whole GTIN, the serial in a list, or in a
   * range. Lot scopes need the unit's lot and are matched once recalls know it.
   */
  async forSerials(tenantId: string, keys: readonly SerialKey[]): Promise<(SerialKey & { recall: Recall })[]> {
    const [gtins, serials] = keyColumns(keys);
    const rows: (RecallRow & SerialKey)[] = await this.dataSource.query(
      `SELECT DISTINCT k.gtin, k.serial, r.*
       FROM unnest($2::char(14)[], $3::text[]) AS k(gtin, serial)
       JOIN recalls.recall_scopes s ON s.tenant_id = $1 AND s.gtin = k.gtin AND s.lot IS NULL
       JOIN recalls.recalls r ON r.id = s.recall_id
       WHERE (s.serials IS NULL AND s.serial_from IS NULL AND s.serial_to IS NULL)
          OR k.serial = ANY(s.serials)
          OR (k.serial COLLATE "C") BETWEEN s.serial_from AND s.serial_to
       ORDER BY r.opened_at DESC`,
      [tenantId, gtins, serials],
    );
    return rows.map((row) => ({ gtin: row.gtin, serial: row.serial, recall: toRecall(row) }));
  }

  /** Newest first; `after` is the [openedAt, id] of the previous page's last. */
  page(tenantId: string, filter: RecallQuery, limit: number, after?: [string, string]): Promise<Recall[]> {
    const query = this.dataSource.getRepository(Recall).createQueryBuilder("r").where("r.tenant_id = :tenantId", { tenantId });
    if (filter.status) {
      query.andWhere("r.status = :status", { status: filter.status });
    }
    if (filter.gtin) {
      query.andWhere("EXISTS (SELECT 1 FROM recalls.recall_scopes s WHERE s.recall_id = r.id AND s.gtin = :gtin)", { gtin: filter.gtin });
    }
    if (after) {
      query.andWhere("(r.opened_at, r.id) < (:time::timestamptz, :id::uuid)", { time: after[0], id: after[1] });
    }
    return query.orderBy("r.opened_at", "DESC").addOrderBy("r.id", "DESC").limit(limit).getMany();
  }
}
