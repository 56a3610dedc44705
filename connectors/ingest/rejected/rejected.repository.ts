import type { DataSource } from "typeorm";

export interface RejectedDelivery {
  id: string;
  tenantId: string;
  connector: string;
  deliveryId: string;
  receivedAt: Date;
  headers: Record<string, string>;
  body: Buffer;
  path: string;
  reason: string;
  replayedAt: Date | null;
  replayResult: string | null;
}

interface Row {
  id: string;
  tenant_id: string;
  connector: string;
  delivery_id: string;
  received_at: Date;
  headers: Record<string, string>;
  body: Buffer;
  path: string;
  reason: string;
  replayed_at: Date | null;
  replay_result: string | null;
}

const toRejected = (row: Row): RejectedDelivery => ({
  id: row.id,
  tenantId: row.tenant_id,
  connector: row.connector,
  deliveryId: row.delivery_id,
  receivedAt: row.received_at,
  headers: row.headers,
  body: row.body,
  path: row.path,
  reason: row.reason,
  replayedAt: row.replayed_at,
  replayResult: row.replay_result,
});

/** Deliveries that could not be mapped, kept so replayRejected can run them again after a fix. */
export class RejectedRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: Omit<RejectedDelivery, "id" | "receivedAt" | "replayedAt" | "replayResult">): Promise<string> {
    const [inserted]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO ingest.rejected (tenant_id, connector, delivery_id, headers, body, path, reason) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [row.tenantId, row.connector, row.deliveryId, row.headers, row.body, row.path, row.reason],
    );
    return inserted.id;
  }

  async find(tenantId: string, id: string): Promise<RejectedDelivery | null> {
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM ingest.rejected WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    return rows[0] ? toRejected(rows[0]) : null;
  }

  /** Newest first; `after` is the [receivedAt, id] of the previous page's last. */
  async page(tenantId: string, limit: number, after?: [string, string]): Promise<RejectedDelivery[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM ingest.rejected WHERE tenant_id = $1 AND ($3::timestamptz IS NULL OR (received_at, id) < ($3::timestamptz, $4::uuid))
       ORDER BY received_at DESC, id DESC LIMIT $2`,
      [tenantId, limit, after?.[0] ?? null, after?.[1] ?? null],
    );
    return rows.map(toRejected);
  }

  async awaitingReplay(tenantId: string): Promise<number> {
    const [row]: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) FROM ingest.rejected WHERE tenant_id = $1 AND (replay_result IS NULL OR replay_result LIKE 'REJECTED%')`,
      [tenantId],
    );
    return Number(row.count);
  }

  /** Records what a replay did: the status, and for a repeated rejection where and why. */
  async markReplayed(id: string, status: string, detail: string | null): Promise<RejectedDelivery> {
    // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const [row]: Row[] = await this.dataSource.query(
      `WITH updated AS (UPDATE ingest.rejected SET replayed_at = now(), replay_result = $2 WHERE id = $1 RETURNING *) SELECT * FROM updated`,
      [id, detail ? `${status}: ${detail}` : status],
    );
    return toRejected(row);
  }
}
