import type { DataSource, EntityManager } from "typeorm";
import type { ImpactDimension } from "../../../lib/recalls/recall-unit-state";
import { custodianSql, unitStateSql } from "./unit-state";
import { predicateOf, scopeOfPredicate, unitScopeSql, type StoredPredicate, type UnitScope } from "./unit-scope";

export interface ImpactGroup {
  dimension: ImpactDimension;
  /** Null: not known (no country, no lot, or a listed serial the hub has never seen). */
  key: string | null;
  count: number;
}

/** How many units a scope covers, and how they split by status, state, country, lot and custodian. */
export interface UnitImpact {
  affected: number;
  groups: ImpactGroup[];
}


export interface SqlStatement {
  text: string;
  params: unknown[];
}

export type RecallUnitsStatus = "OPEN" | "CLOSED";

/** What every affected row carries (the export adds its own columns). */
export const IMPACT_COLUMNS = (s: string) =>
  `${s}.status, ${unitStateSql(s)} AS state, ${s}.last_country AS country, ${s}.lot, ${custodianSql(s)} AS custodian`;

/**
 * The listed serials, once each and sorted: the scope's stored lists (read in key order) and
 * serials given inline (a preview's). Sorted, the join to the units walks their primary key in
 * order instead of jumping around a registry of millions.
 */
function listedSql(scope: UnitScope, inline: readonly string[], bind: (value: unknown) => string): string {
  // One list by equality, so its primary key gives the order and no sort is needed.
  const lists = scope.serialLists.length === 1 ? `= ${bind(scope.serialLists[0])}::uuid` : `= ANY(${bind(scope.serialLists)}::uuid[])`;
  const stored = `SELECT i.serial FROM serials.recall_list_serials i WHERE i.tenant_id = $1 AND i.list_id ${lists}`;
  if (inline.length === 0) {
    return scope.serialLists.length <= 1 ? `${stored} ORDER BY i.serial` : `SELECT DISTINCT serial FROM (${stored}) AS i ORDER BY serial`;
  }
  return `SELECT DISTINCT serial FROM (${stored} UNION ALL SELECT unnest(${bind(inline)}::text[])) AS i(serial) ORDER BY serial`;
}

/**
 * The affected set as CTEs `listed` and `affected` (serial, listed, then `columns` of the unit
 * row `s`): every listed serial, seen by the hub or not, and every unit of the GTIN the scope's
 * predicate selects, by index scans (never a loop over serials). $1 is the tenant; `inline`:
 * listed serials not stored yet (a preview's).
 */
export function affectedCtes(scope: UnitScope, inline: readonly string[], bind: (value: unknown) => string, columns = IMPACT_COLUMNS): string {
  const gtin = `${bind(scope.gtin)}::char(14)`;
  const listed = listedSql(scope, inline, bind);
  return `listed AS MATERIALIZED (${listed}),
    affected AS MATERIALIZED (
      SELECT l.serial, true AS listed, ${columns("s")}
      FROM listed l LEFT JOIN serials.serials s ON s.tenant_id = $1 AND s.gtin = ${gtin} AND s.serial = l.serial
      UNION ALL
      SELECT s.serial, false AS listed, ${columns("s")}
      FROM serials.serials s
      WHERE s.tenant_id = $1 AND s.gtin = ${gtin} AND ${unitScopeSql(scope, "s", bind)}
        AND NOT EXISTS (SELECT 1 FROM listed l WHERE l.serial = s.serial))`;
}

/** One pass over `affected`: the total and each dimension's counts. */
const GROUPS_SQL = `
  SELECT CASE WHEN grouping(status) = 0 THEN 'status' WHEN grouping(state) = 0 THEN 'state' WHEN grouping(country) = 0 THEN 'country'
              WHEN grouping(lot) = 0 THEN 'lot' WHEN grouping(custodian) = 0 THEN 'custodian' END AS dimension,
         CASE WHEN grouping(status) = 0 THEN status WHEN grouping(state) = 0 THEN state WHEN grouping(country) = 0 THEN country
              WHEN grouping(lot) = 0 THEN lot ELSE custodian END AS key,
         count(*)::int AS count
  FROM affected
  GROUP BY GROUPING SETS ((), (status), (state), (country), (lot), (custodian))`;

export const binder = (params: unknown[]) => (value: unknown) => `$${params.push(value)}`;

/**
 * Set in each transaction that reads a recall's units. PostgreSQL's default random_page_cost
 * (4) is for spinning disks: with it, a lot or production window covering a tenth of a
 * 10,000,000-unit registry is read by a sequential scan of the whole table (4–5 s measured)
 * rather than through its index. The registry lives on SSD, where random reads cost about what
 * sequential ones do.
 */
export const INDEX_COSTS = "SET LOCAL random_page_cost = 1.1";

/**
 * The statement that counts a scope's units: a preview, an opening or a recall's progress, the
 * same SQL every time; exported so the benchmark can EXPLAIN it.
 */
export function impactStatement(tenantId: string, scope: UnitScope, inline: readonly string[] = []): SqlStatement {
  const params: unknown[] = [tenantId];
  return { text: `WITH ${affectedCtes(scope, inline, binder(params))} ${GROUPS_SQL}`, params };
}

function toImpact(rows: { dimension: ImpactDimension | null; key: string | null; count: number }[]): UnitImpact {
  const total = rows.find((row) => row.dimension === null);
  return {
    affected: total?.count ?? 0,
    groups: rows.filter((row) => row.dimension !== null).map((row) => ({ dimension: row.dimension as ImpactDimension, key: row.key, count: row.count })),
  };
}

/**
 * Recall scopes where the units live: a recall's predicate and explicit list are stored here
 * and its units are found through the indexes whenever they are asked for (preview, opening,
 * progress, export, alerts, captures), so later units are covered without a write per unit.
 */
export class RecallImpactRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts what a scope would cover; `inline`: listed serials that are in no stored list. */
  preview(tenantId: string, scope: UnitScope, inline: readonly string[]): Promise<UnitImpact> {
    return this.count(impactStatement(tenantId, scope, inline));
  }

  private count({ text, params }: SqlStatement, manager?: EntityManager): Promise<UnitImpact> {
    const run = async (transaction: EntityManager) => {
      await transaction.query(INDEX_COSTS);
      return toImpact(await transaction.query(text, params));
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** Stores (part of) an explicit list, as it is uploaded; sorted, so the primary key grows at its end. */
  async addListSerials(tenantId: string, listId: string, serials: readonly string[]): Promise<number> {
    const rows: { added: number }[] = await this.dataSource.query(
      `WITH added AS (
         INSERT INTO serials.recall_list_serials (tenant_id, list_id, serial)
         SELECT DISTINCT $1, $2::uuid, l.serial FROM unnest($3::text[]) AS l(serial) ORDER BY 3
         ON CONFLICT DO NOTHING RETURNING 1)
       SELECT count(*)::int AS added FROM added`,
      [tenantId, listId, serials],
    );
    return rows[0].added;
  }

  /** Sets (opens) a recall's scope and counts its units in the same transaction. */
  setScope(tenantId: string, recallId: string, scope: UnitScope): Promise<UnitImpact> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO serials.recall_predicates (tenant_id, recall_id, gtin, status, predicate) VALUES ($1, $2, $3, 'OPEN', $4)
         ON CONFLICT (tenant_id, recall_id) DO UPDATE SET gtin = EXCLUDED.gtin, status = 'OPEN', predicate = EXCLUDED.predicate, updated_at = now()`,
        [tenantId, recallId, scope.gtin, JSON.stringify(predicateOf(scope))],
      );
      return this.count(impactStatement(tenantId, scope), manager);
    });
  }

  /** A recall's stored scope, or null when this service has not been given it. */
  async scopeOf(tenantId: string, recallId: string): Promise<UnitScope | null> {
    const rows: { gtin: string; predicate: StoredPredicate }[] = await this.dataSource.query(
      `SELECT gtin, predicate FROM serials.recall_predicates WHERE tenant_id = $1 AND recall_id = $2`,
      [tenantId, recallId],
    );
    return rows[0] ? scopeOfPredicate(rows[0].gtin, rows[0].predicate) : null;
  }

  /** The recall's units as they stand now (closed recalls too). */
  async progress(tenantId: string, recallId: string): Promise<UnitImpact | null> {
    const scope = await this.scopeOf(tenantId, recallId);
    if (!scope) {
      return null;
    }
    return this.count(impactStatement(tenantId, scope));
  }

  /** Closing keeps the scope (progress stays readable) but stops verify, alerts and RECALLED_MOVING. */
  async setStatus(tenantId: string, recallId: string, status: RecallUnitsStatus): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH changed AS (UPDATE serials.recall_predicates SET status = $3, updated_at = now() WHERE tenant_id = $1 AND recall_id = $2 RETURNING 1)
       SELECT * FROM changed`,
      [tenantId, recallId, status],
    );
    return rows.length > 0;
  }

  /** Forgets a recall whose opening failed after this service stored its scope (its lists stay, unused). */
  async forget(tenantId: string, recallId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM serials.recall_predicates WHERE tenant_id = $1 AND recall_id = $2`, [tenantId, recallId]);
  }
}
