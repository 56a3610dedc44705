import type { EntityManager } from "typeorm";
import type { FreshStatistics } from "../../../lib/db/fresh-statistics";
import type { SerialStatus } from "../serial/serial-status";

/** What every serial of one batch shares. */
export interface BatchCommon {
  gtin: string;
  status: SerialStatus;
  lot: string | null;
  expiry: string | null;
  jobId: string | null;
  kid: string;
  /** Set when the batch is commissioned as it is made. */
  commissioning: { eventId: string; eventTime: Date } | null;
}

/** UPDATE … RETURNING statements are wrapped in a CTE: TypeORM answers a bare one with [rows, count]. */
export class GenerationRepository {
  constructor(private readonly statistics?: FreshStatistics) {}

  /**
   * Counts `count` more serials as issued for a GTIN unless that would pass `max` (the
   * guess bound). Returns how many were issued before, or null when refused.
   */
  async reserveIssuance(manager: EntityManager, tenantId: string, gtin: string, count: number, max: bigint): Promise<bigint | null> {
    await manager.query(`INSERT INTO serials.serial_counters (tenant_id, gtin) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [tenantId, gtin]);
    const rows: { before: string }[] = await manager.query(
      `WITH reserved AS (
         UPDATE serials.serial_counters SET issued = issued + $3
         WHERE tenant_id = $1 AND gtin = $2 AND issued + $3 <= $4::numeric
         RETURNING issued - $3 AS before)
       SELECT before FROM reserved`,
      [tenantId, gtin, count, max.toString()],
    );
    return rows.length === 1 ? BigInt(rows[0].before) : null;
  }

  async issued(manager: EntityManager, tenantId: string, gtin: string): Promise<bigint> {
    const rows: { issued: string }[] = await manager.query(`SELECT issued FROM serials.serial_counters WHERE tenant_id = $1 AND gtin = $2`, [
      tenantId,
      gtin,
    ]);
    return BigInt(rows[0]?.issued ?? 0);
  }

  /** Takes the next `count` counter values of a GTIN (ENCRYPTED_COUNTER) and commits at once; returns the first. */
  async takeCounters(manager: EntityManager, tenantId: string, gtin: string, count: number): Promise<bigint> {
    const rows: { first: string }[] = await manager.query(
      `INSERT INTO serials.counter_cursors (tenant_id, gtin, next_counter) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, gtin) DO UPDATE SET next_counter = counter_cursors.next_counter + $3
       RETURNING next_counter - $3 AS first`,
      [tenantId, gtin, count],
    );
    return BigInt(rows[0].first);
  }

  /** One INSERT for the batch; serials that already exist are skipped and not returned. */
  async insertSerials(manager: EntityManager, tenantId: string, serials: readonly string[], common: BatchCommon): Promise<string[]> {
    const rows: { serial: string }[] = await manager.query(
      `INSERT INTO serials.serials (tenant_id, gtin, serial, status, lot, expiry, allocated_at, job_id, signature_kid,
         commissioned_at, last_event_time, last_event_id, last_biz_step, last_disposition)
       SELECT $1, $2, s, $4, $5, $6::date, now(), $7::uuid, $8, $9::timestamptz, $9::timestamptz, $10,
         CASE WHEN $10::text IS NULL THEN NULL ELSE 'commissioning' END,
         CASE WHEN $10::text IS NULL THEN NULL ELSE 'active' END
       FROM unnest($3::text[]) AS s
       ON CONFLICT DO NOTHING
       RETURNING serial`,
      [
        tenantId,
        common.gtin,
        serials,
        common.status,
        common.lot,
        common.expiry,
        common.jobId,
        common.kid,
        common.commissioning?.eventTime ?? null,
        common.commissioning?.eventId ?? null,
      ],
    );
    this.statistics?.inserted(rows.length);
    return rows.map((row) => row.serial);
  }
}
