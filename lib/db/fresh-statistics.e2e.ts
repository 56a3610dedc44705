import { createLogger } from "../log/logger";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createDataSource } from "./data-source";
import { FreshStatistics } from "./fresh-statistics";
import type { DataSource } from "typeorm";

describe("FreshStatistics", () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, schema: "public", entities: [], migrations: [], poolSize: 2, applicationName: "fresh-statistics-test" });
    await dataSource.initialize();
    // Autovacuum off for this table, so only FreshStatistics can analyze it.
    await dataSource.query(`CREATE TABLE units (gtin text, serial text, PRIMARY KEY (gtin, serial)) WITH (autovacuum_enabled = false)`);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  /** pg_class.reltuples is -1 until the first ANALYZE, then the rows it counted. */
  const reltuples = async (): Promise<number> =>
    Number((await dataSource.query(`SELECT reltuples FROM pg_class WHERE oid = 'public.units'::regclass`))[0].reltuples);

  const insert = (gtin: string, count: number) =>
    dataSource.query(`INSERT INTO units SELECT $1, 'S' || n FROM generate_series(1, $2::int) AS n`, [gtin, count]);

  async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) {
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return check();
  }

  it("analyzes once the inserted rows reach the threshold, not before", async () => {
    const statistics = new FreshStatistics(dataSource, "public.units", createLogger(false), { rows: 100, delayMs: 10, minIntervalMs: 0 });
    try {
      await insert("A", 60);
      statistics.inserted(60);
      // Below the threshold nothing is scheduled: give a run every chance to happen, then check it did not.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await reltuples()).toBe(-1);

      await insert("B", 60);
      statistics.inserted(60);
      expect(await until(async () => (await reltuples()) === 120, 5000)).toBe(true);
    } finally {
      statistics.close();
    }
  });

  it("schedules nothing after close", async () => {
    const statistics = new FreshStatistics(dataSource, "public.units", createLogger(false), { rows: 1, delayMs: 10, minIntervalMs: 0 });
    statistics.close();
    await insert("C", 30);
    statistics.inserted(30);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await reltuples()).toBe(120);
  });
});
