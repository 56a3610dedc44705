import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { newApiKey, type NewApiKey } from "../../lib/auth/api-key";
import { identityFromHeaders } from "../../lib/auth/identity";
import { REST_SIGNATURE_HEADER, restSigningPayload, verifySignature } from "../../lib/auth/upstream-signature";
import { HubError } from "../../lib/errors/hub-error";
import { createLogger } from "../../lib/log/logger";
import { ApiKeyDirectory } from "./api-key-directory";

const SECRET = "upstream-secret-upstream-secret-upstream";

/** A stand-in for ingest's internal routes, checking the gateway's signature as ingest does. */
class FakeIngest {
  keys = new Map<string, { key: NewApiKey; revoked: boolean }>();
  lookups = 0;
  used: string[] = [];
  unsigned = 0;
  private server: Server | undefined;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const signed = verifySignature(SECRET, restSigningPayload(req.method ?? "", req.url ?? "", req.headers), req.headers[REST_SIGNATURE_HEADER]);
      const identity = identityFromHeaders(req.headers);
      if (!signed || identity.tenant !== "_hub" || !identity.roles.includes("service")) {
        this.unsigned += 1;
        res.writeHead(401).end();
        return;
      }
      const [, , , id, used] = (req.url ?? "").split("/");
      if (used === "used") {
        this.used.push(id);
        res.writeHead(204).end();
        return;
      }
      this.lookups += 1;
      const entry = this.keys.get(id);
      if (!entry) {
        res.writeHead(404).end();
        return;
      }
      const body = { id, tenant: "acme", roles: ["integrator"], secretHash: entry.key.secretHash.toString("hex"), revoked: entry.revoked };
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  add(revoked = false): NewApiKey {
    const key = newApiKey();
    this.keys.set(key.id, { key, revoked });
    return key;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => "accepted",
    (error: unknown) => (error instanceof HubError ? `${error.code}: ${error.message}` : String(error)),
  );

describe("ApiKeyDirectory", () => {
  let ingest: FakeIngest;
  const log = createLogger(false);
  const directory = (ttlMs = 60_000, url?: () => string) =>
    new ApiKeyDirectory({ ingestUrl: url ?? (() => ingest.url), upstreamSecret: SECRET, log, ttlMs, negativeTtlMs: 60_000 });

  beforeEach(async () => {
    ingest = await new FakeIngest().start();
  });

  afterEach(async () => {
    await ingest.stop();
  });

  it("resolves a key to its tenant and roles, with one signed lookup for a burst of requests", async () => {
    const { key, id } = ingest.add();
    const keys = directory();
    const identities = await Promise.all(Array.from({ length: 100 }, () => keys.identityOf(key)));
    expect(new Set(identities.map((identity) => JSON.stringify(identity)))).toEqual(new Set([JSON.stringify({ tenant: "acme", sub: `apikey:${id}`, roles: ["integrator"] })]));
    console.log(`API keys: 100 concurrent requests with one key -> ${ingest.lookups} lookup(s), ${ingest.unsigned} unsigned`);
    expect([ingest.lookups, ingest.unsigned]).toEqual([1, 0]);
  });

  it("refuses a wrong secret, an unknown id and a malformed key, remembering the unknown id", async () => {
    const { id } = ingest.add();
    const keys = directory();
    const wrong = `shk_${id}_${"B".repeat(43)}`;
    const unknown = newApiKey().key;
    const verdicts = [];
    for (let i = 0; i < 10; i += 1) {
      verdicts.push(await reason(keys.identityOf(wrong)), await reason(keys.identityOf(unknown)));
    }
    expect(new Set(verdicts)).toEqual(new Set(["UNAUTHENTICATED: The API key is not valid for this hub."]));
    expect(await reason(keys.identityOf("shk_short"))).toBe("UNAUTHENTICATED: The API key is malformed: it should look like shk_<16 hex>_<43 characters>.");
    console.log(`API keys: 20 bad keys (wrong secret, unknown id) -> ${ingest.lookups} lookups`);
    expect(ingest.lookups).toBe(2);
  });

  it("refuses a revoked key once its cached record expires, and says it is revoked only to the key's holder", async () => {
    const { key, id } = ingest.add();
    const keys = directory(0);
    expect(await reason(keys.identityOf(key))).toBe("accepted");
    ingest.keys.get(id)!.revoked = true;
    expect(await reason(keys.identityOf(key))).toBe("UNAUTHENTICATED: The API key has been revoked: ask the tenant's admin for a new one.");
    expect(await reason(keys.identityOf(`shk_${id}_${"C".repeat(43)}`))).toBe("UNAUTHENTICATED: The API key is not valid for this hub.");
  });

  it("reports a key's use once per interval, not per request", async () => {
    const { key, id } = ingest.add();
    const keys = directory();
    for (let i = 0; i < 50; i += 1) {
      await keys.identityOf(key);
    }
    const deadline = Date.now() + 2_000;
    while (ingest.used.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(ingest.used).toEqual([id]);
  });

  it("answers SERVICE_UNAVAILABLE when ingest cannot be reached", async () => {
    const { key } = ingest.add();
    const url = ingest.url;
    await ingest.stop();
    expect(await reason(directory(0, () => url).identityOf(key))).toBe("SERVICE_UNAVAILABLE: API keys cannot be checked right now; retry later.");
  });
});
