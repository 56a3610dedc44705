import type { DataSource } from "typeorm";
import type { Logger } from "../log/logger";

export interface FreshStatisticsOptions {
  /** Rows inserted since the last ANALYZE that make statistics worth renewing. @default 1000 */
  rows?: number;
  /** Wait after the threshold is crossed, so the inserting transaction has committed. @default 2000 */
  delayMs?: number;
  /** At most one ANALYZE per this interval. @default 30000 */
  minIntervalMs?: number;
}

/**
 * Runs ANALYZE on a table after bulk inserts, as PostgreSQL advises after a bulk load.
 * Autovacuum gets there too, but up to a minute later: until then the planner believes a
 * new product's units do not exist and probes them through the wrong index (each state
 * update of a 500-unit batch then read all 10,000 units of the GTIN: 1–4 s instead of
 * milliseconds, bench/README.md). One ANALYZE samples 30,000 rows whatever the table's size.
 */
export class FreshStatistics {
  private pending = 0;
  private scheduled: NodeJS.Timeout | undefined;
  private lastRun = 0;
  private closed = false;
  private readonly rows: number;
  private readonly delayMs: number;
  private readonly minIntervalMs: number;

  constructor(
    private readonly dataSource: DataSource,
    /** Schema-qualified table name; not user input. */
    private readonly table: string,
    private readonly log: Logger,
    options: FreshStatisticsOptions = {},
  ) {
    this.rows = options.rows ?? 1000;
    this.delayMs = options.delayMs ?? 2000;
    this.minIntervalMs = options.minIntervalMs ?? 30_000;
  }

  /** Counts rows a statement inserted; schedules an ANALYZE once enough have. */
  inserted(count: number): void {
    this.pending += count;
    if (this.pending < this.rows || this.scheduled || this.closed) {
      return;
    }
    const wait = Math.max(this.delayMs, this.lastRun + this.minIntervalMs - Date.now());
    this.scheduled = setTimeout(() => void this.analyze(), wait);
    this.scheduled.unref();
  }

  /** Stops scheduling; a run in progress finishes on its own. */
  close(): void {
    this.closed = true;
    clearTimeout(this.scheduled);
    this.scheduled = undefined;
  }

  private async analyze(): Promise<void> {
    const counted = this.pending;
    this.pending = 0;
    this.lastRun = Date.now();
    try {
      if (!this.closed && this.dataSource.isInitialized) {
        await this.dataSource.query(`ANALYZE ${this.table}`);
        this.log.debug({ table: this.table, rows: counted }, "Renewed planner statistics after bulk inserts");
      }
    } catch (error) {
      // Statistics are an optimisation: a failed run (database restarting, pool closing) is retried on later inserts.
      this.pending += counted;
      this.log.warn({ table: this.table, error: (error as Error).message }, "Could not renew planner statistics");
    } finally {
      this.scheduled = undefined;
    }
  }
}
