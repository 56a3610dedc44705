import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import { createClient } from "graphql-ws";
import { Client } from "pg";
import WebSocket from "ws";
import { HubClient } from "../clients/client";
import { CaptureEventsDocument, ConfigureConnectorDocument, CreateProductDocument, SerialEventsDocument } from "../clients/generated/graphql";
import { basicAuth } from "../connectors/core/signers";
import { signToken } from "../lib/auth/token";
import { commissioning, epcisDocument } from "../lib/testing/epcis-fixtures";
import { buildHub, hubProcessEnv, startHubProcess, waitUntilReady } from "../lib/testing/hub-process";
import { freePortBlock } from "../lib/testing/ports";
import { until } from "../lib/testing/ingest";
import { createTestDatabase, type TestDatabase } from "../lib/testing/test-database";
import { deliveries, send, sqlOnce } from "../lib/testing/webhook-sender";

const GTIN = "04012345111118";
const epc = (serial: string) => `https://id.gs1.org/01/${GTIN}/21/${serial}`;
const SECRET = `sap-${randomBytes(16).toString("hex")}`;

/**
 * `node dist/main.js` stopped with SIGTERM while a GraphQL request and an ingest hand-off
 * are in flight (both held on a table lock the test owns) and a subscriber listens.
 */
describe("graceful shutdown of the hub process", () => {
  let database: TestDatabase;
  let home: string;

  beforeAll(async () => {
    buildHub();
    database = await createTestDatabase();
    home = mkdtempSync(join(tmpdir(), "serialhub-shutdown-"));
  }, 180_000);

  afterAll(async () => {
    await database?.drop();
    rmSync(home, { recursive: true, force: true });
  });

  it("stops accepting, completes subscriptions then closes with 1001, finishes what is in flight, and exits 0", async () => {
    const port = await freePortBlock();
    const url = `http://127.0.0.1:${port}`;
    const { env, jwtSecret } = hubProcessEnv(port, database.url, home, "info");
    const hub = startHubProcess(env);
    await waitUntilReady(url, hub);
    const token = signToken(jwtSecret, { sub: "ops", tenant: "acme", roles: ["admin"] });
    const admin = new HubClient({ url, token });
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Infusion pump", brand: "Acme", markets: ["DE"], warrantyMonths: 24, skus: ["300145"] } });
    await admin.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [SECRET] } });

    // A subscriber, proven live, that will see how the hub goes away.
    let closeCode = 0;
    const ws = createClient({
      url: `${url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      // Not lazy: a lazy client closes the socket itself (1000) as soon as its last subscription completes.
      lazy: false,
      onNonLazyError: () => undefined,
      connectionParams: { authorization: `Bearer ${token}` },
      on: { closed: (event) => (closeCode = (event as { code: number }).code) },
    });
    const received: string[] = [];
    const iterator = ws.iterate({ query: print(SerialEventsDocument), variables: { filter: { gtin: GTIN } } });
    const ending = (async () => {
      try {
        for await (const response of iterator) {
          received.push(String((response.data as { serialEvents?: { serial: { serial: string } } })?.serialEvents?.serial.serial));
        }
        return "complete";
      } catch (error) {
        return `error: ${String((error as { code?: number }).code ?? error)}`;
      }
    })();
    await until("the subscription to be live", async () => {
      const serial = `LIVE${randomUUID().slice(0, 6).toUpperCase()}`;
      await admin.request(CaptureEventsDocument, { epcis: epcisDocument([commissioning([epc(serial)])]) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return received.includes(serial) ? true : undefined;
    }, 20_000, 0);

    // Writes to serials.events wait on the test's lock: the hand-off and the mutation stay in flight.
    const lock = new Client({ connectionString: database.url });
    await lock.connect();
    await lock.query("BEGIN");
    await lock.query("LOCK TABLE serials.events IN SHARE ROW EXCLUSIVE MODE");
    const [delivery] = deliveries("S", 1, GTIN, 9_000_000);
    const ack = await send(`${url}/webhooks/acme/sap-idoc`, delivery, basicAuth(SECRET));
    const inFlight = admin.execute(CaptureEventsDocument, { epcis: epcisDocument([commissioning([epc("INFLIGHT1")])]) });
    await until("the hand-off and the mutation to wait on the lock", async () => {
      const [row] = await sqlOnce<{ n: string }>(
        database.url,
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'serialhub-serials' AND wait_event_type = 'Lock'`,
      );
      return Number(row.n) >= 2 ? true : undefined;
    });

    hub.child.kill("SIGTERM");
    await until("the hub to stop accepting connections", async () => (await fetch(`${url}/readyz`).then(() => false, () => true)) || undefined);
    const subscription = await ending;
    const stillDraining = hub.child.exitCode === null;
    await lock.query("COMMIT");
    await lock.end();
    const result = await inFlight;
    const exitCode = await hub.exited;
    const [row] = await sqlOnce<{ status: string }>(database.url, `SELECT status FROM ingest.inbox WHERE right(delivery_id, 16) = $1`, [delivery.docnum]);
    const output = hub.output();
    const order = ["SIGTERM received", "Front door drained", "Stopped front door", "Stopped ingest", "Stopped serials", "Stopped products"].map((line) => output.indexOf(line));
    console.log(
      `graceful shutdown: ${JSON.stringify({ webhookAck: ack.status, subscription, closeCode, inFlightMutation: result.data?.captureEvents ?? result.errors, inboxRowAfterExit: row?.status, exitCode })}`,
    );

    expect(ack.status).toBe(200);
    expect(stillDraining).toBe(true);
    expect(subscription).toBe("complete");
    expect(closeCode).toBe(1001);
    expect(result.errors).toBeUndefined();
    expect(result.data?.captureEvents).toMatchObject({ accepted: 1, errors: [] });
    expect(row?.status).toBe("done");
    expect(exitCode).toBe(0);
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    await ws.dispose();
    await admin.close();
  }, 240_000);
});
