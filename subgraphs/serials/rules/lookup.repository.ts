import type { DataSource } from "typeorm";
import type { LookupCounts } from "./enumeration.rule";

/** The verification lookup log SERIAL_ENUMERATION counts over. */
export class LookupRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Logs a lookup and counts the client's lookups of that GTIN in the window, in one statement. */
  async logAndCount(tenantId: string, lookup: { gtin: string; client: string; known: boolean; at: Date }, windowMinutes: number): Promise<LookupCounts> {
    const rows: { total: string; unknown: string }[] = await this.dataSource.query(
      `WITH logged AS (
         INSERT INTO serials.lookups (tenant_id, gtin, client, known, at) VALUES ($1, $2, $3, $4, $5) RETURNING known),
       earlier AS (
         SELECT known FROM serials.lookups
         WHERE tenant_id = $1 AND gtin = $2 AND client = $3 AND at > $5::timestamptz - make_interval(mins => $6))
       SELECT count(*) AS total, count(*) FILTER (WHERE NOT known) AS unknown
       FROM (SELECT known FROM logged UNION ALL SELECT known FROM earlier) AS l`,
      [tenantId, lookup.gtin, lookup.client, lookup.known, lookup.at, windowMinutes],
    );
    return { total: Number(rows[0].total), unknown: Number(rows[0].unknown) };
  }

  /** Drops lookups older than any window could need. */
  async prune(olderThanMinutes: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM serials.lookups WHERE at < now() - make_interval(mins => $1)`, [olderThanMinutes]);
  }
}
