import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { HubClient } from "../clients/client";
import { ConfigureConnectorDocument, CreateProductDocument, PreviewRecallDocument, ProductsDocument } from "../clients/generated/graphql";
import { basicAuth } from "../connectors/core/signers";
import { Authenticator } from "../gateway/auth/authenticator";
import { startHub, type RunningHub } from "../hub";
import { signToken } from "../lib/auth/token";
import { loadConfig, type HubConfig } from "../lib/config/config";
import { createLogger, pinoWriter } from "../lib/log/logger";
import { createTestDatabase, type TestDatabase } from "../lib/testing/test-database";
import { deliveries, send } from "../lib/testing/webhook-sender";

const GTIN = "04012345111118";
const WEBHOOK_SECRET = `sap-${randomBytes(16).toString("hex")}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Logs, request ids and /metrics of a hub logging everything (trace) as pino JSON lines
 * into memory, so a test can read every line written.
 */
describe("operations: request ids, structured logs without secrets, /metrics", () => {
  let database: TestDatabase;
  let home: string;
  let hub: RunningHub;
  let config: HubConfig;
  let admin: HubClient;
  let token: string;
  const lines: string[] = [];
  const logged = () => lines.join("");

  beforeAll(async () => {
    database = await createTestDatabase();
    home = mkdtempSync(join(tmpdir(), "serialhub-ops-"));
    config = loadConfig({
      PORT: "0",
      SERIALHUB_HOME: home,
      DATABASE_URL: database.url,
      SERIALHUB_DB_POOL_SIZE: "4",
      LOG_LEVEL: "trace",
      SERIALHUB_JWT_SECRET: randomBytes(32).toString("hex"),
      SERIALHUB_UPSTREAM_SECRET: randomBytes(32).toString("hex"),
      SERIALHUB_MASTER_KEY: randomBytes(32).toString("hex"),
    });
    const memory = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    hub = await startHub(config, createLogger("trace", true, pinoWriter(memory)), { eagerSocketClose: true });
    token = signToken(config.jwtSecret, { sub: "ops", tenant: "acme", roles: ["admin"] });
    admin = new HubClient({ url: hub.url, token });
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Infusion pump", brand: "Acme", markets: ["DE"], warrantyMonths: 24, skus: ["300145"] } });
  }, 120_000);

  afterAll(async () => {
    await admin?.close();
    await hub?.stop();
    await database?.drop();
    rmSync(home, { recursive: true, force: true });
  });

  const graphql = (headers: Record<string, string>) =>
    fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query: "{ products(first: 1) { edges { node { gtin } } } }" }),
    });

  it("gives every request an id: the caller's when sane, a new UUID otherwise, in the response", async () => {
    expect((await graphql({ "x-request-id": "client-42.a" })).headers.get("x-request-id")).toBe("client-42.a");
    expect((await graphql({})).headers.get("x-request-id")).toMatch(UUID);
    const forged = await graphql({ "x-request-id": 'x" level=error msg=forged' });
    expect(forged.headers.get("x-request-id")).toMatch(UUID);
    expect((await fetch(`${hub.url}/readyz`, { headers: { "x-request-id": "probe-1" } })).headers.get("x-request-id")).toBe("probe-1");
  });

  it("writes JSON lines through pino that carry the request id, from the front door and the gateway", async () => {
    await graphql({ "x-request-id": "trace-me-7" });
    const mine = logged()
      .split("\n")
      .filter((line) => line.includes('"trace-me-7"'))
      .map((line) => JSON.parse(line) as { level: string; time: string; msg: string; requestId: string });
    console.log(`request id trace-me-7: ${mine.length} log lines (${[...new Set(mine.map((line) => line.msg.split(" ")[0]))].join(", ")})`);
    expect(mine.length).toBeGreaterThan(1);
    expect(mine.every((line) => line.requestId === "trace-me-7" && typeof line.time === "string" && typeof line.level === "string")).toBe(true);
    expect(mine.some((line) => line.msg === "Request")).toBe(true);
  });

  it("never logs a token or a secret, at trace level, for a token request, a connector secret and a signed webhook", async () => {
    const before = lines.length;
    // A secret written inline in the document (as the README's curl example does), then the one in use, in variables.
    const inline = `sap-${randomBytes(16).toString("hex")}`;
    const response = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `mutation { configureConnector(input: {connector: "sap-idoc", secrets: ["${inline}"]}) { secretCount } }` }),
    });
    expect(response.status).toBe(200);
    await admin.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [WEBHOOK_SECRET] } });
    expect((await admin.request(ProductsDocument, { first: 1 })).products.edges).toHaveLength(1);
    const [delivery] = deliveries("L", 1, GTIN, 7_000_000);
    const auth = basicAuth(WEBHOOK_SECRET);
    expect((await send(`${hub.url}/webhooks/acme/sap-idoc`, delivery, auth)).status).toBe(200);
    const wrong = basicAuth(`${WEBHOOK_SECRET}-wrong`);
    expect((await send(`${hub.url}/webhooks/acme/sap-idoc`, delivery, wrong)).status).toBe(401);
    const text = lines.slice(before).join("");
    const secrets = {
      token,
      tokenSignature: token.split(".")[2],
      webhookSecret: WEBHOOK_SECRET,
      inlineSecret: inline,
      basicCredential: auth.authorization.split(" ")[1],
      wrongCredential: wrong.authorization.split(" ")[1],
      jwtSecret: config.jwtSecret,
      upstreamSecret: config.upstreamSecret,
      masterKey: config.masterKey,
    };
    const found = Object.entries(secrets).filter(([, secret]) => text.includes(secret)).map(([name]) => name);
    console.log(`secrets check: ${lines.length - before} log lines (${text.length} bytes) at trace level, secrets found: ${found.length ? found.join(", ") : "none"}`);
    expect(lines.length - before).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });

  it("answers /metrics without a token with hub-wide operational metrics and no tenant data", async () => {
    const response = await fetch(`${hub.url}/metrics`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    for (const name of [
      "serialhub_http_requests_total",
      "serialhub_http_request_duration_seconds_bucket",
      "serialhub_graphql_operations_total",
      "serialhub_graphql_errors_total",
      "serialhub_websocket_connections",
      "serialhub_db_pool_in_use",
      "serialhub_db_pool_idle",
      "serialhub_db_pool_waiting",
      "serialhub_ready 1",
      "serialhub_ingest_backlog",
      "serialhub_process_cpu_seconds_total",
      "serialhub_nodejs_eventloop_lag_seconds",
    ]) {
      expect(text).toContain(name);
    }
    expect(text).toMatch(/serialhub_http_requests_total\{route="graphql",status="200"\} [1-9]/);
    expect(text).toMatch(/serialhub_db_pool_idle\{service="serials"\} \d/);
    // No sample names a tenant, a connector, a product or a unit, nor has a label that could.
    const samples = text.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(samples.join("\n")).not.toMatch(/acme|sap-idoc|04012345111118|tenant|path=|gtin|serial=/);
    console.log(`/metrics without a token: ${samples.length} samples, no tenant data`);
  });

  it("keeps /metrics with a token for the tenant's own ingest metrics", async () => {
    const response = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain('serialhub_ingest_deliveries_total{outcome="received",connector="sap-idoc"} 1');
    expect(text).not.toContain("serialhub_http_requests_total");
  });

  it("refuses a malformed credential on /metrics with 401 and its reason, and goes on serving", async () => {
    const refused: [Record<string, string>, string][] = [
      [{ authorization: "Basic eDp5" }, 'The Authorization header must be "Bearer <jwt>" or "Bearer <API key>".'],
      [{ "x-api-key": "not-a-key" }, "X-API-Key must hold an API key (shk_…); send JWTs as Authorization: Bearer <jwt>."],
      [{ authorization: `Bearer ${token}`, "x-api-key": "not-a-key" }, "Send either Authorization or X-API-Key, not both."],
    ];
    const answers = [];
    for (const [headers] of refused) {
      const response = await fetch(`${hub.url}/metrics`, { headers });
      answers.push([response.status, await response.json()]);
    }
    expect(answers).toEqual(refused.map(([, message]) => [401, { errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] }]));
    expect((await fetch(`${hub.url}/metrics`)).status).toBe(200);
    console.log(`/metrics: ${answers.length} malformed credentials refused with 401, hub still serving`);
  });

  it("answers 500 INTERNAL, with a log line, when a request cannot be sent on, and the process goes on", async () => {
    // As if a claim check had let through a subject no header can carry (lib/auth/identity.ts refuses it):
    // http.request throws on the identity header, synchronously, inside the door.
    const spy = jest.spyOn(Authenticator.prototype, "authenticate").mockResolvedValue({ tenant: "acme", sub: "broken\nsub", roles: ["admin"] });
    const answers = [];
    try {
      const get = await fetch(`${hub.url}/epcis/events`, { headers: { authorization: `Bearer ${token}`, "x-request-id": "unsendable-1" } });
      answers.push([get.status, await get.json()]);
      const post = await fetch(`${hub.url}/recalls/serial-lists?gtin=${GTIN}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" }, body: "S-1\n" });
      answers.push([post.status, await post.json()]);
    } finally {
      spy.mockRestore();
    }
    const internal = { errors: [{ message: "Internal error", extensions: { code: "INTERNAL" } }] };
    expect(answers).toEqual([
      [500, internal],
      [500, internal],
    ]);
    const failed = lines.map((line) => JSON.parse(line) as { msg: string; requestId?: string }).filter((line) => line.msg === "A request could not be sent on to a service");
    expect(failed).toHaveLength(2);
    expect(failed[0].requestId).toBe("unsendable-1");
    expect((await graphql({})).status).toBe(200);
  });

  // Last: it takes the products service away.
  it("logs what a failing peer service answered, which the client never reads", async () => {
    const impostor = createServer((_req, res) =>
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: 'relation "products.items" does not exist' }] })),
    );
    await hub.stopService("products");
    await new Promise<void>((resolve) => impostor.listen(Number(new URL(hub.services.products).port), "127.0.0.1", resolve));
    try {
      const coordinator = new HubClient({ url: hub.url, token: signToken(config.jwtSecret, { sub: "ops", tenant: "acme", roles: ["recall_coordinator"] }) });
      const result = await coordinator.execute(PreviewRecallDocument, { input: { gtin: GTIN, scope: { lots: ["L1"] }, reason: "Seal", instructions: "Stop using it." } });
      await coordinator.close();
      expect(JSON.stringify(result)).not.toMatch(/products\.items|127\.0\.0\.1/);
      const logged = lines.map((line) => JSON.parse(line) as { msg: string; cause?: string }).filter((line) => line.cause?.includes('relation "products.items" does not exist'));
      expect(logged.map((line) => [line.msg, line.cause])).toEqual([["[recalls] Unexpected error", `${hub.services.products}/graphql answered: relation "products.items" does not exist`]]);
    } finally {
      await new Promise((resolve) => impostor.close(resolve));
    }
  });
});
