import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import { AnomalyStatus, severitiesFrom, type AnomalyKind, type AnomalySeverity } from "./anomaly-kind";
import { Anomaly } from "./anomaly.entity";

export interface AnomalyDraft {
  kind: AnomalyKind;
  severity: AnomalySeverity;
  gtin: string;
  serial: string;
  eventIds: string[];
  hint: string;
  ruleVersion: number;
  dedupeKey: string;
  country: string | null;
  lot: string | null;
  source: string | null;
}

export interface AnomalyQuery {
  gtin?: string;
  kinds?: AnomalyKind[];
  minSeverity?: AnomalySeverity;
  statuses?: AnomalyStatus[];
  country?: string;
  since?: Date;
  serial?: SerialKey;
}

export type StatsDimension = "country" | "kind" | "gtin" | "lot" | "source";

/** The WHERE clause of a filter, with its parameters from $2 on ($1 is the tenant). */
function whereOf(filter: AnomalyQuery): { sql: string; params: unknown[] } {
  const clauses = ["a.tenant_id = $1"];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(`$${params.length + 1}`));
  };
  if (filter.gtin) {add((n) => `a.gtin = ${n}`, filter.gtin);}
  if (filter.kinds?.length) {add((n) => `a.kind = ANY(${n}::text[])`, filter.kinds);}
  if (filter.minSeverity) {add((n) => `a.severity = ANY(${n}::text[])`, severitiesFrom(filter.minSeverity));}
  if (filter.statuses?.length) {add((n) => `a.status = ANY(${n}::text[])`, filter.statuses);}
  if (filter.country) {add((n) => `a.country = ${n}`, filter.country);}
  if (filter.since) {add((n) => `a.detected_at >= ${n}`, filter.since);}
  if (filter.serial) {
    add((n) => `a.gtin = ${n}`, filter.serial.gtin);
    add((n) => `a.serial = ${n}`, filter.serial.serial);
  }
  return { sql: clauses.join(" AND "), params };
}

export class AnomalyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts what is new and returns only that: a draft whose dedupe key is already stored
   * (a replay, a re-evaluation) is skipped, so the same evidence never alerts twice.
   */
  async insert(manager: EntityManager, tenantId: string, drafts: readonly AnomalyDraft[]): Promise<Anomaly[]> {
    const unique = [...new Map(drafts.map((draft) => [draft.dedupeKey, draft])).values()];
    if (unique.length === 0) {
      return [];
    }
    const detectedAt = new Date();
    const anomalies = unique.map((draft) =>
      Object.assign(new Anomaly(), {
        ...draft,
        id: randomUUID(),
        tenantId,
        detectedAt,
        updatedAt: null,
        status: AnomalyStatus.NEW,
        closedReason: null,
        note: null,
      }),
    );
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO serials.anomalies (id, tenant_id, kind, severity, status, detected_at, gtin, serial, event_ids, hint,
         rule_version, dedupe_key, country, lot, source)
       SELECT r.id, $1, r.kind, r.severity, $3, $4, r.gtin, r.serial, r.event_ids, r.hint, r.rule_version, r.dedupe_key,
         r.country, r.lot, r.source
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, kind text, severity text, gtin char(14), serial text, event_ids text[],
         hint text, rule_version int, dedupe_key text, country text, lot text, source text)
       ON CONFLICT (tenant_id, dedupe_key) DO NOTHING
       RETURNING id`,
      [
        tenantId,
        JSON.stringify(
          anomalies.map((a) => ({
            id: a.id,
            kind: a.kind,
            severity: a.severity,
            gtin: a.gtin,
            serial: a.serial,
            event_ids: a.eventIds,
            hint: a.hint,
            rule_version: a.ruleVersion,
            dedupe_key: a.dedupeKey,
            country: a.country,
            lot: a.lot,
            source: a.source,
          })),
        ),
        AnomalyStatus.NEW,
        detectedAt,
      ],
    );
    const ids = new Set(inserted.map((row) => row.id));
    return anomalies.filter((anomaly) => ids.has(anomaly.id));
  }

  /**
   * After a unit's history was refolded (a late or retracted event), closes its open anomalies
   * of the refolded kinds that the new evaluation no longer raises.
   */
  async withdrawStale(manager: EntityManager, tenantId: string, keys: readonly SerialKey[], kinds: readonly AnomalyKind[], standing: readonly string[]): Promise<number> {
    if (keys.length === 0) {
      return 0;
    }
    const [gtins, serials] = keyColumns(keys);
    const rows: unknown[] = await manager.query(
      `WITH closed AS (
         UPDATE serials.anomalies a SET status = 'CLOSED', updated_at = now(),
           closed_reason = 'Withdrawn: after a late or retracted event the rule no longer finds this.'
         FROM unnest($2::char(14)[], $3::text[]) AS k(gtin, serial)
         WHERE a.tenant_id = $1 AND a.gtin = k.gtin AND a.serial = k.serial AND a.kind = ANY($4::text[])
           AND a.status <> 'CLOSED' AND NOT (a.dedupe_key = ANY($5::text[]))
         RETURNING a.id)
       SELECT id FROM closed`,
      [tenantId, gtins, serials, kinds, standing],
    );
    return rows.length;
  }

  /** Stores anomalies another service reported, outside any capture; returns the new ones. */
  raise(tenantId: string, drafts: readonly AnomalyDraft[]): Promise<Anomaly[]> {
    return this.insert(this.dataSource.manager, tenantId, drafts);
  }

  /** Open (not closed) anomalies per unit at the given severities, in one query; units without any are left out. */
  async openCounts(tenantId: string, keys: readonly SerialKey[], severities: readonly AnomalySeverity[]): Promise<(SerialKey & { count: number })[]> {
    const [gtins, serials] = keyColumns(keys);
    const rows: { gtin: string; serial: string; count: string }[] = await this.dataSource.query(
      `SELECT a.gtin, a.serial, count(*) AS count
       FROM unnest($2::char(14)[], $3::text[]) AS k(gtin, serial)
       JOIN serials.anomalies a ON a.tenant_id = $1 AND a.gtin = k.gtin AND a.serial = k.serial
       WHERE a.status <> 'CLOSED' AND a.severity = ANY($4::text[])
       GROUP BY a.gtin, a.serial`,
      [tenantId, gtins, serials, severities],
    );
    return rows.map((row) => ({ gtin: row.gtin, serial: row.serial, count: Number(row.count) }));
  }

  async byIds(tenantId: string, ids: readonly string[]): Promise<Anomaly[]> {
    return this.dataSource.getRepository(Anomaly).createQueryBuilder("a").where("a.tenant_id = :tenantId AND a.id = ANY(:ids::uuid[])", { tenantId, ids }).getMany();
  }

  /** Newest first; `after` is the [detectedAt, id] of the previous page's last. */
  async page(tenantId: string, filter: AnomalyQuery, limit: number, after?: [string, string]): Promise<Anomaly[]> {
    const where = whereOf(filter);
    const params = [tenantId, ...where.params];
    let sql = `SELECT a.id FROM serials.anomalies a WHERE ${where.sql}`;
    if (after) {
      params.push(after[0], after[1]);
      sql += ` AND (a.detected_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    sql += ` ORDER BY a.detected_at DESC, a.id DESC LIMIT ${Number(limit)}`;
    const ids: { id: string }[] = await this.dataSource.query(sql, params);
    const rows = new Map((await this.byIds(tenantId, ids.map((row) => row.id))).map((anomaly) => [anomaly.id, anomaly]));
    return ids.map((row) => rows.get(row.id)).filter((anomaly): anomaly is Anomaly => anomaly !== undefined);
  }

  /** Counts by a dimension (null keys are counted under null), largest first. */
  async countBy(tenantId: string, dimension: StatsDimension, filter: AnomalyQuery, limit = 100): Promise<{ key: string | null; count: number }[]> {
    const where = whereOf(filter);
    const rows: { key: string | null; count: string }[] = await this.dataSource.query(
      `SELECT a.${dimension} AS key, count(*) AS count FROM serials.anomalies a WHERE ${where.sql}
       GROUP BY a.${dimension} ORDER BY count(*) DESC, a.${dimension} LIMIT ${Number(limit)}`,
      [tenantId, ...where.params],
    );
    return rows.map((row) => ({ key: row.key === null ? null : String(row.key).trim(), count: Number(row.count) }));
  }

  /** Changes the triage state; returns null when the tenant has no such anomaly. */
  async triage(tenantId: string, id: string, change: { status: AnomalyStatus; closedReason?: string | null; note?: string | null }): Promise<Anomaly | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE serials.anomalies SET status = $3, updated_at = now(),
           closed_reason = CASE WHEN $3 = 'CLOSED' THEN $4 ELSE NULL END,
           note = COALESCE($5, note)
         WHERE tenant_id = $1 AND id = $2::uuid
         RETURNING id)
       SELECT id FROM changed`,
      [tenantId, id, change.status, change.closedReason ?? null, change.note ?? null],
    );
    return rows.length === 0 ? null : ((await this.byIds(tenantId, [id]))[0] ?? null);
  }
}
