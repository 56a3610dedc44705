import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { progress } from "../progress";

export interface FillOptions {
  databaseUrl: string;
  tenant: string;
  gtin: string;
  /** Units to add. */
  count: number;
  /** Serial of unit n: `${prefix}${n}` (CSET 82, at most 20 characters). */
  prefix: string;
  /** First n. @default 0 */
  from?: number;
  /** Units per lot (`L<n / lotSize>`). @default 10,000 */
  lotSize?: number;
  label?: string;
}

const CHUNK = 10_000;

/** Lines of COPY text for units [from, from + count): commissioned, active, one lot per lotSize. */
function* lines(options: FillOptions, bar: { tick(n: number): void }): Generator<string> {
  const from = options.from ?? 0;
  const lotSize = options.lotSize ?? 10_000;
  const commissioned = Date.parse("2025-01-02T08:00:00Z");
  for (let start = from; start < from + options.count; start += CHUNK) {
    let text = "";
    const end = Math.min(from + options.count, start + CHUNK);
    for (let n = start; n < end; n += 1) {
      const at = new Date(commissioned + n * 1000).toISOString();
      text += `${options.tenant}\t${options.gtin}\t${options.prefix}${n}\tACTIVE\t${at}\t${at}\t${at}\tcommissioning\tactive\tL${Math.floor(n / lotSize)}\t2027-12-31\n`;
    }
    bar.tick(end - start);
    yield text;
  }
}

/**
 * Fills `serials.serials` with COPY, as a registry that has run for years would hold them.
 * Past a million rows the secondary indexes are dropped first and built again after (the
 * same end state, built in one pass instead of row by row); the table is analysed last.
 */
export async function fillSerials(options: FillOptions): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  const db = new Client({ connectionString: options.databaseUrl });
  await db.connect();
  const bar = progress(options.label ?? `COPY ${options.count.toLocaleString("en")} serials`, options.count);
  try {
    await db.query("SET maintenance_work_mem = '512MB'");
    const rebuild = options.count >= 1_000_000;
    const indexes: { indexname: string; indexdef: string }[] = rebuild
      ? (
          await db.query(
            `SELECT i.indexname, i.indexdef FROM pg_indexes i
             JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
             WHERE i.schemaname = 'serials' AND i.tablename = 'serials' AND NOT x.indisprimary`,
          )
        ).rows
      : [];
    for (const index of indexes) {
      await db.query(`DROP INDEX serials.${index.indexname}`);
    }
    const sink = db.query(
      copyFrom(
        `COPY serials.serials (tenant_id, gtin, serial, status, commissioned_at, first_seen_at, last_event_time, last_biz_step, last_disposition, lot, expiry) FROM STDIN`,
      ),
    );
    await pipeline(Readable.from(lines(options, bar)), sink);
    bar.done();
    if (indexes.length > 0) {
      const rebuilt = progress("rebuilding the serials indexes", indexes.length);
      for (const index of indexes) {
        await db.query(index.indexdef);
        rebuilt.tick(1);
      }
      rebuilt.done();
    }
    await db.query("ANALYZE serials.serials");
    return { rows: options.count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await db.end();
  }
}
