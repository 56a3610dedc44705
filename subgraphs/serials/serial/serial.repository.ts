import type { RuleMemory } from "../rules/rule-memory";
import type { DataSource, EntityManager } from "typeorm";
import type { FreshStatistics } from "../../../lib/db/fresh-statistics";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import type { SerialState } from "./serial-state";
import { Serial } from "./serial.entity";
import { SerialStatus } from "./serial-status";

const KEYS_IN = "(s.gtin, s.serial) IN (SELECT * FROM unnest(:gtins::char(14)[], :serials::text[]))";

export class SerialRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly statistics?: FreshStatistics,
  ) {}

  findByKeys(tenantId: string, keys: readonly SerialKey[]): Promise<Serial[]> {
    const [gtins, serials] = keyColumns(keys);
    return this.dataSource
      .getRepository(Serial)
      .createQueryBuilder("s")
      .where("s.tenant_id = :tenantId", { tenantId })
      .andWhere(KEYS_IN, { gtins, serials })
      .getMany();
  }

  /** A job's units, a page at a time in serial order, for exports of any size. */
  async *pagesOfJob(tenantId: string, gtin: string, jobId: string, pageSize = 5000): AsyncGenerator<Serial[]> {
    let after = "";
    for (;;) {
      const page = await this.dataSource
        .getRepository(Serial)
        .createQueryBuilder("s")
        .where("s.tenant_id = :tenantId AND s.gtin = :gtin AND s.serial > :after AND s.job_id = :jobId", { tenantId, gtin, after, jobId })
        .orderBy("s.serial")
        .limit(pageSize)
        .getMany();
      if (page.length === 0) {
        return;
      }
      yield page;
      after = page[page.length - 1].serial;
    }
  }

  /** A slice of a job's units in serial order, for label sheets. */
  jobSlice(tenantId: string, gtin: string, jobId: string, offset: number, limit: number): Promise<Serial[]> {
    return this.dataSource
      .getRepository(Serial)
      .createQueryBuilder("s")
      .where("s.tenant_id = :tenantId AND s.gtin = :gtin AND s.job_id = :jobId", { tenantId, gtin, jobId })
      .orderBy("s.serial")
      .offset(offset)
      .limit(limit)
      .getMany();
  }

  /**
   * Makes sure a row exists for every key and locks them all (sorted keys, so concurrent
   * captures lock in the same order). Row locks live in the tuples, so a batch of ten
   * thousand serials does not exhaust the lock table the way advisory locks would.
   */
  async lockForUpdate(manager: EntityManager, tenantId: string, keys: readonly SerialKey[]): Promise<Serial[]> {
    const [gtins, serials] = keyColumns(keys);
    const [{ added }]: { added: number }[] = await manager.query(
      `WITH added AS (
         INSERT INTO serials.serials (tenant_id, gtin, serial, status)
         SELECT $1, k.gtin, k.serial, $4 FROM unnest($2::char(14)[], $3::text[]) AS k(gtin, serial)
         ON CONFLICT DO NOTHING RETURNING 1)
       SELECT count(*)::int AS added FROM added`,
      [tenantId, gtins, serials, SerialStatus.UNCOMMISSIONED],
    );
    this.statistics?.inserted(added);
    return manager
      .getRepository(Serial)
      .createQueryBuilder("s")
      .setLock("pessimistic_write")
      .where("s.tenant_id = :tenantId", { tenantId })
      .andWhere(KEYS_IN, { gtins, serials })
      .orderBy("s.gtin")
      .addOrderBy("s.serial")
      .getMany();
  }

  /** One UPDATE for the whole batch. */
  async saveStates(manager: EntityManager, tenantId: string, states: readonly (SerialKey & SerialState & { memory: RuleMemory })[]): Promise<void> {
    if (states.length === 0) {
      return;
    }
    await manager.query(
      `UPDATE serials.serials AS s SET
         status = r.status, commissioned_at = r.commissioned_at, last_event_time = r.last_event_time,
         last_event_id = r.last_event_id, last_biz_step = r.last_biz_step, last_disposition = r.last_disposition,
         last_read_point = r.last_read_point, last_biz_location = r.last_biz_location,
         last_country = r.last_country, parent_id = r.parent_id, lot = r.lot, expiry = r.expiry, rule_memory = r.rule_memory
       FROM jsonb_to_recordset($2::jsonb) AS r(
         gtin char(14), serial text, status text, commissioned_at timestamptz, last_event_time timestamptz,
         last_event_id text, last_biz_step text, last_disposition text, last_read_point text,
         last_biz_location text, last_country text, parent_id text, lot text, expiry date, rule_memory jsonb)
       WHERE s.tenant_id = $1 AND s.gtin = r.gtin AND s.serial = r.serial`,
      [
        tenantId,
        JSON.stringify(
          states.map((state) => ({
            gtin: state.gtin,
            serial: state.serial,
            status: state.status,
            commissioned_at: state.commissionedAt,
            last_event_time: state.lastEventTime,
            last_event_id: state.lastEventId,
            last_biz_step: state.lastBizStep,
            last_disposition: state.lastDisposition,
            last_read_point: state.lastReadPoint,
            last_biz_location: state.lastBizLocation,
            last_country: state.lastCountry,
            parent_id: state.parentId,
            lot: state.lot,
            expiry: state.expiry,
            rule_memory: state.memory,
          })),
        ),
      ],
    );
  }
}
