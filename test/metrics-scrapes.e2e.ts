import { Client } from "pg";
import { InboxRepository } from "../connectors/ingest/inbox/inbox.repository";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

/** The inbox count /metrics reports, as pg_stat_activity shows it. */
const BACKLOG_SQL = "%FROM ingest.inbox WHERE status = 'pending'%";

/** docs/security/operations.md: anonymous scrapes share one backlog reading, one query in flight at most. */
describe("/metrics without a token under many scrapes", () => {
  let hub: TestHub;
  let backlog: jest.SpyInstance;

  beforeAll(async () => {
    // The real method, counted: the hub's wiring asks it for the all-tenant backlog.
    backlog = jest.spyOn(InboxRepository.prototype, "backlog");
    hub = await startTestHub();
  });

  afterAll(async () => {
    await hub?.stop();
    backlog?.mockRestore();
  });

  it("asks the database once for 50 concurrent scrapes, even while that query is stuck", async () => {
    const [{ database }] = await hub.sql<{ database: string }>("SELECT current_database() AS database");
    // Another session holds the inbox, so the backlog query waits in PostgreSQL for as long as the scrapes last.
    const locker = new Client({ connectionString: hub.config.databaseUrl });
    await locker.connect();
    const scrapes = 50;
    let statuses: number[] = [];
    let waiting: number;
    try {
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE ingest.inbox IN ACCESS EXCLUSIVE MODE");
      statuses = await Promise.all(Array.from({ length: scrapes }, () => fetch(`${hub.url}/metrics`).then(async (response) => (await response.text(), response.status))));
      const [row] = await hub.sql<{ count: string }>("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND query LIKE $2 AND pid <> pg_backend_pid()", [
        database,
        BACKLOG_SQL,
      ]);
      waiting = Number(row.count);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
    const asked = backlog.mock.calls.filter(([tenant]) => tenant === undefined).length;
    console.log(`${scrapes} concurrent scrapes while the inbox was locked: ${statuses.filter((status) => status === 200).length} answered 200, ${asked} backlog reading(s) asked, ${waiting} backlog queries in PostgreSQL`);
    expect(statuses).toEqual(Array.from({ length: scrapes }, () => 200));
    expect(asked).toBe(1);
    expect(waiting).toBe(1);
  });
});
