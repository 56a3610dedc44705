import { createHash, createHmac, randomUUID } from "node:crypto";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { HubClient, type GraphQLResponse } from "../clients/client";
import {
  ApiKeysDocument,
  CaptureEventsDocument,
  ConnectorsDocument,
  CreateApiKeyDocument,
  CreateProductDocument,
  RevokeApiKeyDocument,
  SerialEventsDocument,
  type SerialEventsSubscription,
} from "../clients/generated/graphql";
import type { Identity, Role } from "../lib/auth/identity";
import { signToken } from "../lib/auth/token";
import { epcisDocument, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { signWith, testSigningKey, TestJwksServer } from "../lib/testing/jwks-server";
import { LiveFeed } from "../lib/testing/live-feed";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const ISSUER = "https://idp.test/";
const AUDIENCE = "serialhub";
const GLOBEX_GTIN = "04012345111118";
const PRODUCTS = "{ products(first: 10) { edges { node { gtin } } } }";
/** The gateway's API key cache (API_KEY_TTL_MS) and some slack for a loaded machine. */
const REVOCATION_DEADLINE_MS = 5_000 + 3_000;

const rsa = testSigningKey("rsa-1", "RS256");
const ec = testSigningKey("ec-1", "ES256");
const who = (tenant: string, ...roles: Role[]): Identity => ({ tenant, sub: `${tenant}-${roles.join("-")}`, roles });
const production = { issuer: ISSUER, audience: AUDIENCE };

describe("tokens and API keys through the gateway", () => {
  let idp: TestJwksServer;
  let hub: TestHub;
  let acmeAdmin: HubClient;
  let globexAdmin: HubClient;
  const clients: HubClient[] = [];
  const figures: Record<string, number | string> = {};

  const client = (token: string) => {
    const made = new HubClient({ url: hub.url, token });
    clients.push(made);
    return made;
  };
  const post = (headers: Record<string, string>, query = PRODUCTS) =>
    fetch(`${hub.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  /** HTTP status and first error message of a GraphQL request with this Authorization. */
  const answer = async (headers: Record<string, string>) => {
    const response = await post(headers);
    const body = (await response.json()) as GraphQLResponse<unknown>;
    return { status: response.status, message: body.errors?.[0]?.message, data: body.data };
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const gtins = (data: unknown) => (data as { products: { edges: { node: { gtin: string } }[] } }).products.edges.map((edge) => edge.node.gtin);
  const createKey = async (admin: HubClient, name: string, roles: string[]) => (await admin.request(CreateApiKeyDocument, { input: { name, roles } })).createApiKey;
  /** The close code of a WebSocket that presents these connectionParams, or "open" when it is accepted. */
  const wsVerdict = (connectionParams: Record<string, string>) =>
    new Promise<number | string>((resolve) => {
      const ws = createClient({
        url: `${hub.url.replace("http", "ws")}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams,
        on: { closed: (event) => resolve((event as { code: number }).code), connected: () => resolve("open") },
      });
      ws.iterate({ query: PRODUCTS })
        .next()
        .catch(() => undefined)
        .finally(() => void ws.dispose());
    });

  beforeAll(async () => {
    idp = await new TestJwksServer().start();
    idp.keys = [rsa, ec];
    hub = await startTestHub({ SERIALHUB_JWKS_URL: idp.url, SERIALHUB_JWT_ISSUER: ISSUER, SERIALHUB_JWT_AUDIENCE: AUDIENCE });
    acmeAdmin = client(signWith(rsa, who("acme", "admin"), production));
    globexAdmin = client(signWith(ec, who("globex", "admin"), production));
    await acmeAdmin.request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    await globexAdmin.request(CreateProductDocument, { input: { gtin: GLOBEX_GTIN, name: "Gadget", brand: "Globex", markets: ["FR"], warrantyMonths: 24 } });
  });

  afterAll(async () => {
    console.log(`tokens.e2e figures: ${JSON.stringify(figures)}`);
    await Promise.all(clients.map((made) => made.close()));
    await hub?.stop();
    await idp?.stop();
  });

  it("judges JWTs the same over HTTP and WebSockets: JWKS keys, issuer, audience, expiry with skew, no alg tricks", async () => {
    const pem = rsa.publicKey.export({ type: "spki", format: "pem" }) as string;
    const claims = (extra: Record<string, unknown>) => Buffer.from(JSON.stringify({ sub: "x", tenant: "acme", roles: ["admin"], ...extra })).toString("base64url");
    const header = (alg: string) => Buffer.from(JSON.stringify({ alg, typ: "JWT", kid: "rsa-1" })).toString("base64url");
    const exp = Math.floor(Date.now() / 1000) + 600;
    const confusedInput = `${header("HS256")}.${claims({ exp, iss: ISSUER, aud: AUDIENCE })}`;
    const cases: [string, string, number, string | undefined][] = [
      ["RS256", signWith(rsa, who("acme", "integrator"), production), 200, undefined],
      ["ES256", signWith(ec, who("acme", "auditor"), production), 200, undefined],
      ["HS256 with the explicit secret", hub.token("acme", "integrator"), 200, undefined],
      ["expired 5 s ago (within skew)", signWith(rsa, who("acme", "integrator"), { ...production, expiresIn: -5 }), 200, undefined],
      ["expired 2 min ago", signWith(rsa, who("acme", "integrator"), { ...production, expiresIn: -120 }), 401, "The token has expired: get a new one."],
      ["other issuer", signWith(rsa, who("acme", "admin"), { issuer: "https://evil.test/", audience: AUDIENCE }), 401, "The token's issuer (iss) is not the one this hub trusts."],
      ["other audience", signWith(ec, who("acme", "admin"), { issuer: ISSUER, audience: "other-api" }), 401, "The token is not meant for this hub (aud)."],
      ["HS256 without iss", signToken(hub.config.jwtSecret, who("acme", "admin")), 401, "The token's issuer (iss) is not the one this hub trusts."],
      ["unknown kid", signWith(testSigningKey("rsa-x", "RS256"), who("acme", "admin"), production), 401, "The token is signed with a key this hub does not know (kid)."],
      ["HS256 keyed with the RSA public key", `${confusedInput}.${createHmac("sha256", pem).update(confusedInput).digest("base64url")}`, 401, "The token is not valid for this hub."],
      ["alg none", `${header("none")}.${claims({ exp, iss: ISSUER, aud: AUDIENCE })}.`, 401, "Unsigned tokens are refused."],
      ["unknown role", signWith(rsa, who("acme", "root" as Role), production), 401, "The token names unknown roles: root."],
    ];
    const http = [];
    const ws = [];
    for (const [name, token] of cases) {
      const result = await answer(bearer(token));
      http.push([name, result.status, result.message]);
      ws.push([name, await wsVerdict({ authorization: `Bearer ${token}` })]);
    }
    expect(http).toEqual(cases.map(([name, , status, message]) => [name, status, message]));
    expect(ws).toEqual(cases.map(([name, , status]) => [name, status === 200 ? "open" : 4403]));
    figures.jwtCases = cases.length;
    figures.jwtRefused = http.filter(([, status]) => status === 401).length;
    figures.jwksFetches = idp.fetches;
  });

  describe("API keys", () => {
    let acmeKey: string;
    let acmeKeyId: string;
    let globexKey: string;

    beforeAll(async () => {
      const created = await createKey(acmeAdmin, "ERP sync", ["integrator"]);
      acmeKey = created.key;
      acmeKeyId = created.apiKey.id;
      globexKey = (await createKey(globexAdmin, "WMS", ["integrator"])).key;
    });

    it("are created by an admin, returned once, and listed without their secret", async () => {
      expect(acmeKey).toMatch(new RegExp(`^shk_${acmeKeyId}_[A-Za-z0-9_-]{43}$`));
      const { apiKeys } = await acmeAdmin.request(ApiKeysDocument, {});
      expect(apiKeys).toEqual([
        expect.objectContaining({ id: acmeKeyId, name: "ERP sync", roles: ["integrator"], hint: `shk_${acmeKeyId}_…`, createdBy: "acme-admin", revokedAt: null }),
      ]);
      expect((await globexAdmin.request(ApiKeysDocument, {})).apiKeys.map((key) => key.id)).not.toContain(acmeKeyId);
    });

    it("let an integrator query its own tenant, by Bearer or X-API-Key, and nothing of the other tenant", async () => {
      expect(gtins((await answer(bearer(acmeKey))).data)).toEqual([WIDGET_GTIN]);
      expect(gtins((await answer({ "x-api-key": acmeKey })).data)).toEqual([WIDGET_GTIN]);
      expect(gtins((await answer(bearer(globexKey))).data)).toEqual([GLOBEX_GTIN]);
      const { captureEvents } = await client(acmeKey).request(CaptureEventsDocument, { epcis: epcisDocument([shipping([sgtin("KEY-1")])]) });
      expect(captureEvents).toMatchObject({ accepted: 1, errors: [] });
    });

    it("work on the REST routes of the front door, each tenant seeing only its own capture jobs", async () => {
      const capture = await fetch(`${hub.url}/epcis/capture`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": acmeKey },
        body: JSON.stringify(epcisDocument([shipping([sgtin("KEY-REST-1")])])),
      });
      expect(capture.status).toBe(202);
      const { location } = (await capture.json()) as { location: string };
      expect((await fetch(`${hub.url}${location}`, { headers: bearer(acmeKey) })).status).toBe(200);
      expect((await fetch(`${hub.url}${location}`, { headers: bearer(globexKey) })).status).toBe(404);
      const bad = await fetch(`${hub.url}${location}`, { headers: { "x-api-key": `shk_${acmeKeyId}_${"A".repeat(43)}` } });
      expect([bad.status, await bad.json()]).toEqual([401, { errors: [{ message: "The API key is not valid for this hub.", extensions: { code: "UNAUTHENTICATED" } }] }]);
    });

    it("work over graphql-ws: a subscription with the key gets its tenant's events", async () => {
      const integrator = client(acmeKey);
      const feed = new LiveFeed(integrator.subscribe(SerialEventsDocument, { filter: { gtin: WIDGET_GTIN } }));
      const isProbe = (response: GraphQLResponse<SerialEventsSubscription>) => Boolean(response.data?.serialEvents.event.eventId.startsWith("urn:uuid:"));
      const probe = () =>
        integrator.request(CaptureEventsDocument, { epcis: epcisDocument([shipping([sgtin("WS-1")], "2025-03-01T12:00:00Z", { eventID: `urn:uuid:${randomUUID()}` })]) });
      await feed.ready(probe, isProbe);
      await feed.close();
      expect(await wsVerdict({ "x-api-key": globexKey })).toBe("open");
      expect(await wsVerdict({ authorization: "Bearer shk_nonsense" })).toBe(4403);
    });

    it("with fewer roles get FORBIDDEN for admin fields, and cannot mint keys", async () => {
      const auditorKey = (await createKey(acmeAdmin, "Auditor export", ["auditor"])).key;
      const auditor = client(auditorKey);
      const codes = async (run: () => Promise<GraphQLResponse<unknown>>) => (await run()).errors?.map((error) => error.extensions?.code);
      const refused = [
        await codes(() => auditor.execute(ConnectorsDocument, {})),
        await codes(() => auditor.execute(ApiKeysDocument, {})),
        await codes(() => auditor.execute(CreateApiKeyDocument, { input: { name: "escalate", roles: ["auditor"] } })),
        await codes(() => auditor.execute(CreateProductDocument, { input: { gtin: "00012345600012", name: "X", brand: "X", markets: ["DE"], warrantyMonths: 1 } })),
        await codes(() => client(acmeKey).execute(ConnectorsDocument, {})),
      ];
      expect(refused).toEqual([["FORBIDDEN"], ["FORBIDDEN"], ["FORBIDDEN"], ["FORBIDDEN"], ["FORBIDDEN"]]);
      expect(gtins((await answer(bearer(auditorKey))).data)).toEqual([WIDGET_GTIN]);
      figures.forbiddenChecks = refused.length;
    });

    it("cannot carry admin, unknown roles or roles a non-admin lacks", async () => {
      const attempt = async (minter: HubClient, roles: string[]) =>
        (await minter.execute(CreateApiKeyDocument, { input: { name: "x", roles } })).errors?.[0]?.extensions?.code ?? "created";
      expect(await attempt(acmeAdmin, ["admin"])).toBe("FORBIDDEN");
      expect(await attempt(acmeAdmin, ["integrator", "root"])).toBe("BAD_USER_INPUT");
      expect(await attempt(acmeAdmin, [])).toBe("BAD_USER_INPUT");
      expect(await attempt(client(signWith(rsa, who("acme", "integrator"), production)), ["integrator"])).toBe("FORBIDDEN");
      expect(await attempt(acmeAdmin, ["service_centre", "recall_coordinator"])).toBe("created");
    });

    it("record when they were last used", async () => {
      const deadline = Date.now() + 5_000;
      let lastUsedAt: string | null | undefined = null;
      while (!lastUsedAt && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        lastUsedAt = (await acmeAdmin.request(ApiKeysDocument, {})).apiKeys.find((key) => key.id === acmeKeyId)?.lastUsedAt;
      }
      expect(lastUsedAt).toEqual(expect.any(String));
    });

    it("leave no trace of their secret in the database or in any later response", async () => {
      const secret = acmeKey.slice(`shk_${acmeKeyId}_`.length);
      const tables = await hub.sql<{ name: string }>(
        `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
         WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
      );
      let rows = 0;
      let hits = 0;
      const needles = [secret, Buffer.from(secret).toString("hex"), Buffer.from(secret).toString("base64")];
      for (const { name } of tables) {
        const [count] = await hub.sql<{ rows: string; hits: string }>(
          `SELECT count(*) AS rows, count(*) FILTER (WHERE strpos(t::text, $1) > 0 OR strpos(t::text, $2) > 0 OR strpos(t::text, $3) > 0) AS hits FROM ${name} t`,
          needles,
        );
        rows += Number(count.rows);
        hits += Number(count.hits);
      }
      const [stored] = await hub.sql<{ hash: string }>("SELECT encode(secret_hash, 'hex') AS hash FROM ingest.api_keys WHERE id = $1", [acmeKeyId]);
      expect(stored.hash).toBe(createHash("sha256").update(secret).digest("hex"));
      const listing = JSON.stringify(await acmeAdmin.request(ApiKeysDocument, {}));
      const internal = await fetch(`${hub.url}/internal/api-keys/${acmeKeyId}`, { headers: bearer(acmeKey) });
      const internalBody = await internal.text();
      figures.tablesScanned = tables.length;
      figures.rowsScanned = rows;
      figures.secretHits = hits;
      expect(hits).toBe(0);
      expect(listing).not.toContain(secret);
      expect(internalBody).not.toContain(stored.hash);
      const direct = await fetch(`${hub.hub.services.ingest}/internal/api-keys/${acmeKeyId}`);
      expect(direct.status).toBe(401);
    });

    it("are refused within the cache TTL once revoked, over HTTP and for new operations on an open socket", async () => {
      // A live subscription keeps the key's socket open across the revocation.
      const integrator = client(acmeKey);
      const feed = new LiveFeed(integrator.subscribe(SerialEventsDocument, { filter: { gtin: WIDGET_GTIN } }));
      await feed.ready(
        () => acmeAdmin.request(CaptureEventsDocument, { epcis: epcisDocument([shipping([sgtin("REVOKE-1")], "2025-03-01T12:00:00Z", { eventID: `urn:uuid:${randomUUID()}` })]) }),
        (response) => Boolean(response.data?.serialEvents.event.eventId.startsWith("urn:uuid:")),
      );
      const { revokeApiKey } = await acmeAdmin.request(RevokeApiKeyDocument, { id: acmeKeyId });
      expect(revokeApiKey.revokedAt).toEqual(expect.any(String));
      expect(JSON.stringify(revokeApiKey)).not.toContain(acmeKey.slice(-43));
      const revokedAt = Date.now();
      let acceptedAfter = 0;
      let last: { status: number; message?: string } = { status: 200 };
      while (last.status === 200 && Date.now() - revokedAt < REVOCATION_DEADLINE_MS) {
        last = await answer(bearer(acmeKey));
        acceptedAfter += last.status === 200 ? 1 : 0;
      }
      figures.revocationMs = Date.now() - revokedAt;
      figures.requestsAcceptedAfterRevocation = acceptedAfter;
      expect(last).toMatchObject({ status: 401, message: "The API key has been revoked: ask the tenant's admin for a new one." });
      const onOpenSocket = await integrator.subscribe(SerialEventsDocument, { filter: { gtin: GLOBEX_GTIN } }).next().catch((errors: unknown) => ({ errors }));
      expect(JSON.stringify(onOpenSocket)).toContain("The API key has been revoked");
      expect(await wsVerdict({ authorization: `Bearer ${acmeKey}` })).toBe(4403);
      expect(gtins((await answer(bearer(globexKey))).data)).toEqual([GLOBEX_GTIN]);
      await feed.close();
    });
  });
});
