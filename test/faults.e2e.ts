import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemoryLogWriter } from "@graphql-hive/logger";
import { HubClient } from "../clients/client";
import {
  AnomalyDetectedDocument,
  CaptureEventsDocument,
  ConfigureConnectorDocument,
  CreateProductDocument,
  SerialEventsDocument,
  type AnomalyDetectedSubscription,
  type SerialEventsSubscription,
} from "../clients/generated/graphql";
import { basicAuth } from "../connectors/core/signers";
import { startHub, type RunningHub } from "../hub";
import { signToken } from "../lib/auth/token";
import { loadConfig, type HubConfig } from "../lib/config/config";
import { createLogger } from "../lib/log/logger";
import { commissioning, epcisDocument, shipping } from "../lib/testing/epcis-fixtures";
import { until } from "../lib/testing/ingest";
import { LiveFeed } from "../lib/testing/live-feed";
import { startRestartablePostgres, type RestartablePostgres } from "../lib/testing/restartable-postgres";
import { buildHub, hubProcessEnv, startHubProcess, waitUntilReady } from "../lib/testing/hub-process";
import { freePortBlock } from "../lib/testing/ports";
import { createTestDatabase, type TestDatabase } from "../lib/testing/test-database";
import { acked, deliveries, exactlyOnce, inboxDrained, redeliver, sendAll, sqlOnce, stored, type SendResult } from "../lib/testing/webhook-sender";

const GTIN = "04012345111118";
const epc = (serial: string) => `https://id.gs1.org/01/${GTIN}/21/${serial}`;
const SECRET = `sap-${randomBytes(16).toString("hex")}`;

const readyStatus = (url: string) => fetch(`${url}/readyz`).then((response) => response.status, () => 0);

/**
 * PostgreSQL stopped and started again under a running hub (its own server, restartable;
 * the shared test server is never touched): webhooks keep arriving and a subscriber keeps
 * listening through the gateway. Nothing acknowledged is lost or doubled, and the hub
 * recovers without a restart of its own.
 */
describe("fault runs: PostgreSQL restarted under a running hub", () => {
  let pg: RestartablePostgres;
  let hub: RunningHub;
  let config: HubConfig;
  let home: string;
  let admin: HubClient;
  const clients: HubClient[] = [];
  const logs = new MemoryLogWriter();
  const webhook = () => `${hub.url}/webhooks/acme/sap-idoc`;

  beforeAll(async () => {
    pg = await startRestartablePostgres();
    home = mkdtempSync(join(tmpdir(), "serialhub-faults-hub-"));
    config = loadConfig({
      PORT: "0",
      SERIALHUB_HOME: home,
      DATABASE_URL: pg.url,
      SERIALHUB_DB_POOL_SIZE: "4",
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
      SERIALHUB_JWT_SECRET: randomBytes(32).toString("hex"),
      SERIALHUB_UPSTREAM_SECRET: randomBytes(32).toString("hex"),
      SERIALHUB_MASTER_KEY: randomBytes(32).toString("hex"),
    });
    // Warnings kept in memory: the outage's log lines must carry the request id into the subgraphs.
    hub = await startHub(config, createLogger("warn", false, logs), { eagerSocketClose: true });
    admin = new HubClient({ url: hub.url, token: signToken(config.jwtSecret, { sub: "ops", tenant: "acme", roles: ["admin"] }) });
    clients.push(admin);
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Infusion pump", brand: "Acme", markets: ["DE"], warrantyMonths: 24, skus: ["300145"] } });
    await admin.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [SECRET] } });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await hub?.stop();
    await pg?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it.each([
    ["fast", 1, "E"],
    ["crash", 2, "K"],
  ] as const)(
    "(a) webhooks during a %s restart: every acknowledged delivery is stored and handed on exactly once",
    async (mode, run, prefix) => {
      const list = deliveries(prefix, 600, GTIN, run * 1_000_000);
      const clock = { start: Date.now(), sent: 0, redelivered: 0, drained: 0 };
      let restart: Promise<void> | undefined;
      let outage = { readyz: 0, graphqlStatus: 0, graphqlCode: "", retryAfter: "", subgraphLoggedRequestId: false };
      // The fault is timed by the traffic: PostgreSQL goes down once a quarter is acknowledged,
      // stays down until /readyz is red and ten deliveries were refused, then comes back.
      const first = await sendAll(webhook(), list, basicAuth(SECRET), {
        onResult: (_result, results) => {
          if (!restart && results.filter(acked).length >= list.length / 4) {
            restart = (async () => {
              await pg.stop(mode);
              outage.readyz = await until("/readyz to turn red", async () => ((await readyStatus(hub.url)) === 503 ? 503 : undefined), 20_000);
              const response = await fetch(`${hub.url}/graphql`, {
                method: "POST",
                headers: {
                  "content-type": "application/json",
                  authorization: `Bearer ${signToken(config.jwtSecret, { sub: "ops", tenant: "acme", roles: ["admin"] })}`,
                  "x-request-id": `outage-${mode}`,
                },
                body: JSON.stringify({ query: "{ products(first: 1) { edges { cursor } } }" }),
              });
              const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
              outage = {
                ...outage,
                graphqlStatus: response.status,
                graphqlCode: String(body.errors?.[0]?.extensions?.code),
                retryAfter: String(response.headers.get("retry-after")),
                // The products service logged the failure under the id the client sent to the front door.
                subgraphLoggedRequestId: logs.logs.some((line) => line.msg?.startsWith("[products]") && (line.attrs as { requestId?: string } | undefined)?.requestId === `outage-${mode}`),
              };
              await until("ten refused deliveries", async () => (results.filter((result) => !acked(result)).length >= 10 ? true : undefined), 20_000);
              await pg.start();
            })();
          }
        },
      });
      await restart;
      clock.sent = Date.now();
      // Recovery without a restart of the hub: ready again on its own.
      await until("/readyz to turn green again", async () => ((await readyStatus(hub.url)) === 200 ? true : undefined), 30_000);

      const refused = first.filter((result) => !acked(result));
      const statuses = refused.reduce<Record<number, number>>((counts, result) => ({ ...counts, [result.status]: (counts[result.status] ?? 0) + 1 }), {});
      // Senders retry what was refused; a refused delivery whose row did commit is found again ("duplicate").
      const retried: (SendResult & { tries: number })[] = [];
      for (const result of refused) {
        retried.push(await redeliver(webhook(), result.delivery, basicAuth(SECRET)));
      }
      clock.redelivered = Date.now();
      await inboxDrained(pg.url, 60_000);
      clock.drained = Date.now();

      const ackedFirst = first.filter(acked);
      const found = await stored(pg.url, "acme", GTIN, list);
      const once = exactlyOnce(found, [...ackedFirst, ...retried]);
      const figures = {
        mode,
        sent: list.length,
        ackedFirstTry: ackedFirst.length,
        refused: refused.length,
        refusedStatuses: statuses,
        ackedOnRedelivery: retried.filter(acked).length,
        storedThoughRefused: retried.filter((result) => result.answer === "duplicate").length,
        redeliveryTries: retried.reduce((sum, result) => sum + result.tries, 0),
        inboxRows: once.inboxRows,
        inboxDone: found.done,
        eventRows: once.eventRows,
        ackedMissing: once.missing,
        duplicates: once.duplicates,
        outage,
        ms: { send: clock.sent - clock.start, redeliver: clock.redelivered - clock.sent, drain: clock.drained - clock.redelivered },
      };
      console.log(`fault run (a), PostgreSQL ${mode} restart during ingest: ${JSON.stringify(figures)}`);

      expect(refused.length).toBeGreaterThanOrEqual(10);
      expect(refused.every((result) => result.status >= 500)).toBe(true);
      expect(outage).toEqual({ readyz: 503, graphqlStatus: 503, graphqlCode: "SERVICE_UNAVAILABLE", retryAfter: "5", subgraphLoggedRequestId: true });
      expect(retried.every(acked)).toBe(true);
      expect(figures.ackedMissing).toBe(0);
      expect(figures.duplicates).toBe(0);
      expect(figures.inboxRows).toBe(list.length);
      expect(figures.inboxDone).toBe(list.length);
      expect(figures.eventRows).toBe(list.length);
    },
    180_000,
  );

  it("(b) subscribers through the gateway keep their subscription and receive new events after a restart", async () => {
    const subscriber = new HubClient({ url: hub.url, token: signToken(config.jwtSecret, { sub: "watcher", tenant: "acme", roles: ["admin"] }) });
    clients.push(subscriber);
    const events = new LiveFeed<SerialEventsSubscription>(subscriber.subscribe(SerialEventsDocument, { filter: { gtin: GTIN } }));
    const anomalies = new LiveFeed<AnomalyDetectedSubscription>(subscriber.subscribe(AnomalyDetectedDocument, { filter: { gtin: GTIN, kinds: ["UNKNOWN_SERIAL"] } }));
    let probes = 0;
    let phase = "A";
    // A probe both commissions a unit (a serialEvents notice) and ships a unit never commissioned (an anomaly);
    // its serials carry the phase, so a probe from before the restart never counts as one after it.
    const probe = async () => {
      probes += 1;
      const tag = randomUUID().slice(0, 8).toUpperCase();
      await admin
        .execute(CaptureEventsDocument, {
          epcis: epcisDocument([commissioning([epc(`P${phase}${tag}`)], "2025-03-01T08:00:00Z", { eventID: `urn:uuid:${randomUUID()}` }), shipping([epc(`G${phase}${tag}`)])]),
        })
        .catch(() => undefined);
    };
    const isEventProbe = (response: { data?: SerialEventsSubscription | null }) => Boolean(response.data?.serialEvents.serial.serial.startsWith(`P${phase}`));
    const isAnomalyProbe = (response: { data?: AnomalyDetectedSubscription | null }) => Boolean(response.data?.anomalyDetected.serial.serial.startsWith(`G${phase}`));
    try {
      await events.ready(probe, isEventProbe);
      await anomalies.ready(probe, isAnomalyProbe);
      const probesBefore = probes;

      await pg.stop("fast");
      const during = await admin.execute(CaptureEventsDocument, { epcis: epcisDocument([commissioning([epc("DURING1")])]) });
      await pg.start();
      probes = 0;
      phase = "B";
      // Resumed: the same subscriptions (no new subscribe) receive events captured after the restart.
      await events.ready(probe, isEventProbe, 60_000, 500);
      await anomalies.ready(probe, isAnomalyProbe, 60_000, 500);
      const probesAfter = probes;
      const { captureEvents } = await admin.request(CaptureEventsDocument, {
        epcis: epcisDocument([commissioning([epc("RESUMED1")], "2025-03-02T08:00:00Z"), shipping([epc("GHOSTRESUMED")], "2025-03-02T12:00:00Z")]),
      });
      expect(captureEvents.errors).toEqual([]);
      const notice = await events.waitFor((response) => response.data?.serialEvents.serial.serial === "RESUMED1", 10_000, "the event captured after the restart");
      const anomaly = await anomalies.waitFor((response) => response.data?.anomalyDetected.serial.serial === "GHOSTRESUMED", 10_000, "the anomaly raised after the restart");
      console.log(
        `fault run (b), PostgreSQL restart during subscriptions: ${JSON.stringify({
          probesToGoLive: probesBefore,
          probesToResume: probesAfter,
          captureDuringOutage: during.errors?.[0]?.extensions?.code,
          serialEventNoticesBesideResumeProbes: events.events.length,
          anomalyNoticesBesideResumeProbes: anomalies.events.length,
        })}`,
      );
      expect(during.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(notice.errors).toBeUndefined();
      expect(anomaly.data?.anomalyDetected.kind).toBe("UNKNOWN_SERIAL");
      expect([...events.events, ...anomalies.events].every((response) => response.errors === undefined)).toBe(true);
    } finally {
      await Promise.all([events.close(), anomalies.close()]);
    }
  }, 180_000);
});

/**
 * The hub process (`node dist/main.js` on a test database) killed outright the moment its
 * last delivery is acknowledged, with the worker still handing deliveries on, then started
 * again: the new worker takes up the inbox (a killed worker's leases run out) and every
 * acknowledged delivery ends up stored once and handed on once.
 */
describe("fault run: the ingest process killed (SIGKILL) right after acknowledging", () => {
  let database: TestDatabase;
  let home: string;

  beforeAll(async () => {
    buildHub();
    database = await createTestDatabase();
    home = mkdtempSync(join(tmpdir(), "serialhub-killed-"));
  }, 180_000);

  afterAll(async () => {
    await database?.drop();
    rmSync(home, { recursive: true, force: true });
  });

  it("(c) hands on every acknowledged delivery exactly once after a restart", async () => {
    const port = await freePortBlock();
    const url = `http://127.0.0.1:${port}`;
    const { env, jwtSecret } = hubProcessEnv(port, database.url, home, "warn");
    const first = startHubProcess(env);
    await waitUntilReady(url, first);
    const admin = new HubClient({ url, token: signToken(jwtSecret, { sub: "ops", tenant: "acme", roles: ["admin"] }) });
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Infusion pump", brand: "Acme", markets: ["DE"], warrantyMonths: 24, skus: ["300145"] } });
    await admin.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [SECRET] } });
    await admin.close();

    const list = deliveries("X", 400, GTIN, 5_000_000);
    const results = await sendAll(`${url}/webhooks/acme/sap-idoc`, list, basicAuth(SECRET), { concurrency: 8 });
    first.child.kill("SIGKILL");
    await first.exited;
    const [atKill] = await sqlOnce<{ pending: string; leased: string; done: string }>(
      database.url,
      `SELECT count(*) FILTER (WHERE status = 'pending') AS pending, count(*) FILTER (WHERE status = 'pending' AND lease_until > now()) AS leased,
              count(*) FILTER (WHERE status = 'done') AS done FROM ingest.inbox`,
    );

    const second = startHubProcess(env);
    try {
      const restarted = Date.now();
      await waitUntilReady(url, second);
      await inboxDrained(database.url, 120_000);
      const drainMs = Date.now() - restarted;
      // A delivery handed on by the killed process but not marked done is handed on again: its events come back as duplicates.
      const [replayed] = await sqlOnce<{ n: string }>(database.url, `SELECT count(*) AS n FROM ingest.inbox WHERE (outcome->>'duplicates')::int > 0`);
      const ackedResults = results.filter(acked);
      const found = await stored(database.url, "acme", GTIN, list);
      const once = exactlyOnce(found, ackedResults);
      const figures = {
        sent: list.length,
        acked: ackedResults.length,
        refused: results.length - ackedResults.length,
        atKill: { pending: Number(atKill.pending), leasedInFlight: Number(atKill.leased), done: Number(atKill.done) },
        afterRestart: { inboxRows: once.inboxRows, done: found.done, eventRows: once.eventRows, handedOnAgainAsDuplicates: Number(replayed.n), drainMs },
        ackedMissing: once.missing,
        duplicates: once.duplicates,
      };
      console.log(`fault run (c), hub killed after acknowledging: ${JSON.stringify(figures)}`);
      expect(ackedResults).toHaveLength(list.length);
      expect(figures.atKill.pending).toBeGreaterThan(0);
      expect(once.missing).toBe(0);
      expect(once.duplicates).toBe(0);
      expect(found.done).toBe(list.length);
      expect(once.eventRows).toBe(list.length);
    } finally {
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    }
  }, 300_000);
});
