import { Agent, request, type IncomingHttpHeaders } from "node:http";
import { ConfigureConnectorDocument, CreateProductDocument } from "../clients/generated/graphql";
import { fuzzCorpus, sampleCorpus, type FuzzDelivery } from "../connectors/core/fuzzing/corpus";
import { fuzzTargets, type FuzzTarget } from "../connectors/core/fuzzing/targets";
import { basicAuth, bearer, shipheroHeaders, standardWebhookHeaders } from "../connectors/core/signers";
import { gtinOf } from "../lib/testing/ingest";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

/** The fuzz spec's seed: the bodies sent here are a sample of the corpus it checks in full. */
const SEED = 20_251_126;
/** Per connector through HTTP, as the spec sends them through verify and parse; every category is represented. */
const PER_CONNECTOR = 1000;
const CONCURRENCY = 8;

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** A connection error after the answer (a reset while the body was still being sent). */
  lateError?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/**
 * POSTs over node:http rather than fetch: an answer that comes before the body is sent in full
 * (413 from Content-Length) is read, and an error on the connection after it is reported as
 * `lateError` instead of failing the call. A Buffer body is settled once it is written in full
 * or the connection failed; `body` as a function writes the body itself and may leave it open.
 */
function post(url: string, body: Buffer | ((write: (chunk: Buffer) => boolean) => void), headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let answer: Answer | undefined;
    let sent = !Buffer.isBuffer(body);
    const settle = () => (answer && sent ? resolve(answer) : undefined);
    const req = request(url, { method: "POST", headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        answer = { status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: res.headers };
        if (!Buffer.isBuffer(body)) {
          // A body left open on purpose: the socket cannot serve another request.
          req.destroy();
        }
        settle();
      });
    });
    req.on("error", (error) => {
      if (!answer) {
        reject(error);
        return;
      }
      answer.lateError = error.message;
      sent = true;
      settle();
    });
    if (Buffer.isBuffer(body)) {
      req.end(body, () => {
        sent = true;
        settle();
      });
    } else {
      body((chunk) => req.write(chunk));
    }
  });
}

/** Runs `tasks` with at most `limit` at once, in order of the results. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

/** The fixtures whose items the edge tenant's catalogue knows (by GTIN, or by the SKUs created below). */
const VALID_SAMPLE: Record<string, string> = { netsuite: "assembly-build.json", "sap-idoc": "desadv-integration-suite.json", "sap-events": "cloudevent-gi-status-changed.json" };

/** The same credential with one character of the secret changed. */
function flippedCredential(authorization: string, secret: string): Record<string, string> {
  const wrong = `${secret.slice(0, -1)}${secret.endsWith("x") ? "y" : "x"}`;
  return /^Basic /.test(authorization) ? basicAuth(wrong) : bearer(wrong);
}

const histogram = (statuses: number[]): string =>
  [...new Set(statuses)]
    .sort()
    .map((status) => `${status}: ${statuses.filter((value) => value === status).length}`)
    .join(", ");

describe("the webhook edge, through the front door of a real hub", () => {
  let hub: TestHub;
  const targets = fuzzTargets();
  const figures: string[] = [];
  let sent = 100_000;
  const count = async (table: string, tenant: string, connector?: string) =>
    Number(
      (await hub.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE tenant_id = $1 ${connector ? "AND connector = $2" : ""}`, connector ? [tenant, connector] : [tenant]))[0].n,
    );
  const url = (tenant: string, connector: string) => `${hub.url}/webhooks/${tenant}/${connector}`;
  const signedPost = (tenant: string, target: FuzzTarget, body: Buffer, headers: Record<string, string>) =>
    post(url(tenant, target.connector.id), body, { ...headers, ...target.sign(body, (sent += 1)) });

  beforeAll(async () => {
    hub = await startTestHub();
    for (const tenant of ["fuzz", "edge"]) {
      const admin = hub.client(tenant, "admin");
      for (const target of targets) {
        await admin.request(ConfigureConnectorDocument, { input: { connector: target.connector.id, secrets: [target.secret], options: target.options } });
      }
    }
    // The edge tenant knows the fixtures' item codes, so their valid deliveries are accepted.
    const admin = hub.client("edge", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: gtinOf("0401234544444"), name: "Infusion pump", brand: "Acme", markets: ["DE"], warrantyMonths: 12, skus: ["INF-PUMP-200"] } });
    await admin.request(CreateProductDocument, { input: { gtin: gtinOf("0401234555555"), name: "Glucose meter", brand: "Acme", markets: ["DE"], warrantyMonths: 12, skus: ["GLUCO-METER-7"] } });
  });

  afterAll(async () => {
    console.log(`Webhook edge through the front door (seed ${SEED}):\n${figures.join("\n")}`);
    agent.destroy();
    await hub?.stop();
  });

  it.each(targets.map((target) => [target.connector.id, target] as const))(
    `%s: ${PER_CONNECTOR} fuzzed, correctly signed bodies, each answered the 4xx predicted, nothing stored but the 422s kept`,
    async (id, target) => {
      const started = Date.now();
      const corpus = sampleCorpus(fuzzCorpus(target, SEED).refused, PER_CONNECTOR, SEED);
      const answers = await pool(
        corpus.map(
          (delivery) => () =>
            signedPost("fuzz", target, delivery.body, delivery.headers).catch((error: Error) => {
              throw new Error(`${delivery.category}, ${delivery.what} (${delivery.body.length} bytes): ${error.message}`);
            }),
        ),
        CONCURRENCY,
      );
      const wrong = corpus
        .map((delivery: FuzzDelivery, i) => ({ category: delivery.category, what: delivery.what, expected: delivery.expected.status, got: answers[i].status, error: answers[i].body.error }))
        .filter((entry) => entry.got !== entry.expected);
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(answers.filter((answer) => typeof answer.body.error !== "string" || answer.body.error === "")).toEqual([]);
      const kept = answers.filter((answer) => answer.status === 422).length;
      // Nothing stored but the 422s, which the design keeps (authenticated, well-formed, unmappable) for replayRejected.
      expect({ inbox: await count("ingest.inbox", "fuzz", id), rejected: await count("ingest.rejected", "fuzz", id) }).toEqual({ inbox: 0, rejected: kept });
      figures.push(
        `  ${id}: ${answers.length} fuzzed bodies → ${histogram(answers.map((answer) => answer.status))}; all as predicted by the pure spec; ` +
          `inbox rows 0, kept as rejected ${kept} (the 422s); ${Date.now() - started} ms`,
      );
    },
  );

  it("wrote no serial event for the fuzzed tenant and is still up: no crash", async () => {
    expect({ events: await count("serials.events", "fuzz"), inbox: await count("ingest.inbox", "fuzz") }).toEqual({ events: 0, inbox: 0 });
    const health = await fetch(`${hub.url}/healthz`);
    expect({ status: health.status, body: await health.json() }).toMatchObject({ status: 200, body: { status: "ok", services: { ingest: "ok" } } });
    figures.push(`  after them: serials.events rows for the tenant 0; inbox rows 0; /healthz 200 with ingest ok (0 crashes)`);
  });

  it("refuses an over-size body before reading it: from Content-Length at once, and a chunked one where it passes the limit", async () => {
    const shiphero = targets.find((target) => target.connector.id === "shiphero") as FuzzTarget;
    const headers = { "content-type": "application/json", ...shipheroHeaders(shiphero.secret, Buffer.from("{}")) };
    // Declares 100 MB, sends 64 KiB and never ends: the answer can only come from the header.
    const declared = await post(url("fuzz", "shiphero"), (write) => write(Buffer.alloc(64 * 1024, 0x20)), { ...headers, "content-length": String(100 * 1024 * 1024) });
    expect(declared).toMatchObject({ status: 413, body: { error: expect.stringContaining("declares 104857600 bytes") } });
    // Chunked: 1.5 MiB written, the request left open; the answer comes at the 1 MiB limit.
    const streamed = await post(url("fuzz", "shiphero"), (write) => write(Buffer.alloc(1.5 * 1024 * 1024, 0x20)), { ...headers, "transfer-encoding": "chunked" });
    expect(streamed).toMatchObject({ status: 413, body: { error: expect.stringContaining("at most 1 MiB") } });
    // Sent whole, twice over one kept-alive connection: the front door drops the rest of each, so both answers arrive.
    const whole: Answer[] = [];
    for (let i = 0; i < 2; i += 1) {
      whole.push(await post(url("fuzz", "shiphero"), Buffer.alloc(3 * 1024 * 1024, 0x20), headers));
    }
    expect(whole.map((answer) => [answer.status, answer.lateError])).toEqual([
      [413, undefined],
      [413, undefined],
    ]);
    const idoc = await post(url("fuzz", "sap-idoc"), (write) => write(Buffer.from("<DELVRY07>")), { "content-type": "application/xml", "content-length": String(33 * 1024 * 1024) });
    expect(idoc).toMatchObject({ status: 413, body: { error: expect.stringContaining("at most 32 MiB") } });
    const media = await post(url("fuzz", "netsuite"), Buffer.from("{}"), { "content-type": "text/plain" });
    expect(media).toMatchObject({ status: 415, body: { error: expect.stringContaining("application/json, */*+json") } });
    expect(await count("ingest.inbox", "fuzz")).toBe(0);
    figures.push(
      `  size: 100 MB declared → ${declared.status} while the upload was still open; 1.5 MiB chunked → ${streamed.status} at 1 MiB; ` +
        `3 MiB sent whole, twice on one connection → ${whole.map((answer) => answer.status).join(", ")} (no reset); 33 MiB IDoc declared → ${idoc.status}; text/plain to netsuite → ${media.status}`,
    );
  });

  it("refuses unsigned, tampered and stale deliveries, and stores a replayed one once", async () => {
    for (const target of targets) {
      const id = target.connector.id;
      const sample = target.samples.find((candidate) => candidate.name === VALID_SAMPLE[id]) ?? target.samples[0];
      const body = sample.body;
      const signature = target.sign(body, (sent += 1));
      const unsigned = await post(url("edge", id), body, sample.headers);
      // One byte flipped: in the body where the body is signed, else in the credential (Basic and bearer sign nothing; TLS keeps the body intact).
      const signsBody = "webhook-signature" in signature || "x-shiphero-hmac-sha256" in signature;
      const flipped = Buffer.from(body);
      flipped[Math.floor(body.length / 2)] ^= 0x01;
      const tampered = signsBody
        ? await post(url("edge", id), flipped, { ...sample.headers, ...signature })
        : await post(url("edge", id), body, { ...sample.headers, ...flippedCredential(signature.authorization, target.secret) });
      let stale: string;
      if ("webhook-timestamp" in signature) {
        const old = await post(url("edge", id), body, { ...sample.headers, ...standardWebhookHeaders(target.secret, `msg_stale_${id}`, body, new Date(Date.now() - 10 * 60_000)) });
        const future = await post(url("edge", id), body, { ...sample.headers, ...standardWebhookHeaders(target.secret, `msg_future_${id}`, body, new Date(Date.now() + 10 * 60_000)) });
        expect([old.status, future.status]).toEqual([401, 401]);
        expect(old.body.error).toMatch(/\d+ s old, outside the 5-minute tolerance/);
        stale = `${old.status} (10 min old), ${future.status} (10 min ahead)`;
      } else {
        stale = "n/a: no timestamp is signed (dedupe below)";
      }
      expect([unsigned.status, tampered.status]).toEqual([401, 401]);
      expect(await count("ingest.inbox", "edge", id)).toBe(0);

      const first = await post(url("edge", id), body, { ...sample.headers, ...signature });
      expect({ id, status: first.status, body: first.body.status }).toEqual({ id, status: 200, body: "accepted" });
      const again = await post(url("edge", id), body, { ...sample.headers, ...signature });
      // A replay the attacker can still make: Standard Webhooks re-signed with a fresh timestamp needs the secret,
      // so only an identical replay within the 5 minutes is possible; ShipHero's unsigned message id can be changed.
      const variant =
        "webhook-id" in signature
          ? { ...sample.headers, ...standardWebhookHeaders(target.secret, signature["webhook-id"], body, new Date(Date.now() + 1000)) }
          : id === "shiphero"
            ? { ...sample.headers, ...shipheroHeaders(target.secret, body, "replayed-under-a-new-message-id") }
            : { ...sample.headers, ...signature };
      const replayed = await post(url("edge", id), body, variant);
      expect({ id, again: again.body.status, replayed: replayed.body.status }).toEqual({ id, again: "duplicate", replayed: "duplicate" });
      expect(await count("ingest.inbox", "edge", id)).toBe(1);
      expect(await count("ingest.rejected", "edge", id)).toBe(0);
      figures.push(
        `  ${id}: unsigned ${unsigned.status}; tampered (${signsBody ? "body byte" : "credential byte"}) ${tampered.status}; stale ${stale}; ` +
          `replayed ${first.status} ${first.body.status} → ${again.status} ${again.body.status} → ${replayed.status} ${replayed.body.status}` +
          `${"webhook-id" in signature ? " (same webhook-id, fresh timestamp)" : id === "shiphero" ? " (new x-shiphero-message-id)" : ""}; inbox rows 1`,
      );
    }
  });
});
