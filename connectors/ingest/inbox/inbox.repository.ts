import type { DataSource } from "typeorm";

export type InboxStatus = "pending" | "done" | "rejected";

export interface InboxRow {
  id: string;
  tenantId: string;
  connector: string;
  deliveryId: string;
  receivedAt: Date;
  headers: Record<string, string>;
  body: Buffer;
  status: InboxStatus;
  attempts: number;
  lastError: string | null;
  events: number | null;
  outcome: Record<string, unknown> | null;
  doneAt: Date | null;
}

interface Row {
  id: string;
  tenant_id: string;
  connector: string;
  delivery_id: string;
  received_at: Date;
  headers: Record<string, string>;
  body: Buffer;
  status: InboxStatus;
  attempts: number;
  last_error: string | null;
  events: number | null;
  outcome: Record<string, unknown> | null;
  done_at: Date | null;
}

const toRow = (row: Row): InboxRow => ({
  id: row.id,
  tenantId: row.tenant_id,
  connector: row.connector,
  deliveryId: row.delivery_id,
  receivedAt: row.received_at,
  headers: row.headers,
  body: row.body,
  status: row.status,
  attempts: row.attempts,
  lastError: row.last_error,
  events: row.events,
  outcome: row.outcome,
  doneAt: row.done_at,
});

/**
 * How long a worker holds a delivery without renewing its lease; the worker renews it while
 * it works (RENEW_EVERY_MS), so this bounds how long the deliveries of a killed worker wait
 * for another, not how long a hand-off may take.
 */
export const LEASE_SECONDS = 30;

/**
 * The durable inbox: a delivery is answered 2xx only once its row is committed here, and
 * stays until a worker has handed its events on. The key makes a redelivery a no-op.
 */
export class InboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns the new row's id, or null when this delivery was already received. */
  async insert(row: { tenantId: string; connector: string; deliveryId: string; headers: Record<string, string>; body: Buffer }): Promise<string | null> {
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO ingest.inbox (tenant_id, connector, delivery_id, headers, body) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, connector, delivery_id) DO NOTHING RETURNING id`,
      [row.tenantId, row.connector, row.deliveryId, row.headers, row.body],
    );
    return inserted[0]?.id ?? null;
  }

  /**
   * Stores a replayed delivery: new, or one the worker had rejected, made pending again.
   * Null when the same delivery is already pending or done (it arrived again meanwhile).
   */
  async requeue(row: { tenantId: string; connector: string; deliveryId: string; headers: Record<string, string>; body: Buffer; receivedAt: Date }): Promise<string | null> {
    // received_at stays the original: connectors that have no event time use it.
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO ingest.inbox (tenant_id, connector, delivery_id, headers, body, received_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, connector, delivery_id) DO UPDATE
         SET status = 'pending', attempts = 0, next_attempt_at = now(), lease_until = NULL, last_error = NULL, done_at = NULL
         WHERE inbox.status = 'rejected'
       RETURNING id`,
      [row.tenantId, row.connector, row.deliveryId, row.headers, row.body, row.receivedAt],
    );
    return rows[0]?.id ?? null;
  }

  async findByDelivery(tenantId: string, connector: string, deliveryId: string): Promise<InboxRow | null> {
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM ingest.inbox WHERE tenant_id = $1 AND connector = $2 AND delivery_id = $3`, [
      tenantId,
      connector,
      deliveryId,
    ]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  async find(tenantId: string, id: string): Promise<InboxRow | null> {
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM ingest.inbox WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Takes the oldest due delivery for this worker, or one whose worker's lease ran out. */
  async claim(): Promise<InboxRow | null> {
    // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const rows: Row[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE ingest.inbox SET lease_until = now() + make_interval(secs => $1), attempts = attempts + 1
         WHERE id = (
           SELECT id FROM ingest.inbox
           WHERE status = 'pending' AND next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
           ORDER BY next_attempt_at, received_at LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING *)
       SELECT * FROM claimed`,
      [LEASE_SECONDS],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** Extends the leases of deliveries still being handed on. */
  async renew(ids: readonly string[]): Promise<void> {
    await this.dataSource.query(`UPDATE ingest.inbox SET lease_until = now() + make_interval(secs => $2) WHERE id = ANY($1::uuid[]) AND status = 'pending'`, [
      ids,
      LEASE_SECONDS,
    ]);
  }

  async markDone(id: string, events: number, outcome: Record<string, unknown>): Promise<void> {
    await this.dataSource.query(
      `UPDATE ingest.inbox SET status = 'done', done_at = now(), lease_until = NULL, last_error = NULL, events = $2, outcome = $3 WHERE id = $1`,
      [id, events, outcome],
    );
  }

  /**
   * Backs off exponentially (2 s, 4 s, … up to 10 minutes) before the next attempt. Like
   * markRejected, it leaves a row alone that is no longer pending: a worker may record an
   * outcome late (after an outage), when another has finished the row meanwhile.
   */
  async markRetry(id: string, attempts: number, error: string): Promise<void> {
    const delay = Math.min(600, 2 ** Math.min(attempts, 10));
    await this.dataSource.query(
      `UPDATE ingest.inbox SET lease_until = NULL, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1 AND status = 'pending'`,
      [id, error.slice(0, 2000), delay],
    );
  }

  async markRejected(id: string, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE ingest.inbox SET status = 'rejected', lease_until = NULL, last_error = $2, done_at = now() WHERE id = $1 AND status = 'pending'`, [
      id,
      reason.slice(0, 2000),
    ]);
  }

  /** Deliveries by status for one tenant and connector, with the lag of the pending ones. */
  async counts(tenantId: string): Promise<{ connector: string; pending: number; done: number; rejected: number; oldestPendingSeconds: number }[]> {
    const rows: { connector: string; pending: string; done: string; rejected: string; oldest: number | null }[] = await this.dataSource.query(
      `SELECT connector,
              count(*) FILTER (WHERE status = 'pending') AS pending,
              count(*) FILTER (WHERE status = 'done') AS done,
              count(*) FILTER (WHERE status = 'rejected') AS rejected,
              extract(epoch FROM now() - min(received_at) FILTER (WHERE status = 'pending'))::float AS oldest
       FROM ingest.inbox WHERE tenant_id = $1 GROUP BY connector ORDER BY connector`,
      [tenantId],
    );
    return rows.map((row) => ({
      connector: row.connector,
      pending: Number(row.pending),
      done: Number(row.done),
      rejected: Number(row.rejected),
      oldestPendingSeconds: row.oldest ?? 0,
    }));
  }

  /** Pending deliveries and how long the oldest has waited (the pipeline's lag). */
  async backlog(tenantId?: string): Promise<{ pending: number; oldestSeconds: number }> {
    const [row]: { pending: string; oldest: number | null }[] = await this.dataSource.query(
      `SELECT count(*) AS pending, extract(epoch FROM now() - min(received_at))::float AS oldest
       FROM ingest.inbox WHERE status = 'pending' AND ($1::text IS NULL OR tenant_id = $1)`,
      [tenantId ?? null],
    );
    return { pending: Number(row.pending), oldestSeconds: row.oldest ?? 0 };
  }
}
