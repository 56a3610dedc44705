import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getIntrospectionQuery, print } from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { CaptureEventsDocument, CreateProductDocument, ProductsDocument, VerifyDocument } from "../clients/generated/graphql";
import { persistedHash } from "../gateway/limits/persisted-operations";
import { DEFAULT_OPERATION_LIMITS } from "../lib/config/operation-limits";
import { commissioning, sgtin } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GTIN = "10614141073464";
const limits = DEFAULT_OPERATION_LIMITS;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } & Record<string, unknown>;
  raw: string;
}

async function post(hub: TestHub, body: unknown, token?: string): Promise<Answer> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const raw = await response.text();
  return { status: response.status, body: JSON.parse(raw) as Answer["body"], raw };
}

/**
 * Requests the hub's subgraphs receive, counted where their HTTP servers accept them (Node's
 * `http.server.request.start` channel, in this process, which runs the whole hub).
 */
function upstreamCounter(hub: TestHub) {
  const ports = new Set(Object.values(hub.hub.services).map((url) => Number(new URL(url).port)));
  let count = 0;
  const listener = (message: unknown) => {
    const address = (message as { server: Server }).server.address() as AddressInfo | null;
    if (address && ports.has(address.port)) {
      count += 1;
    }
  };
  subscribe("http.server.request.start", listener);
  return {
    get count() {
      return count;
    },
    dispose: () => unsubscribe("http.server.request.start", listener),
  };
}

const nested = (levels: number) => `{ serial(gtin: "${GTIN}", serial: "1") { ${"installedIn { parent { ".repeat(levels)}gtin${" } }".repeat(levels)} } }`;
const aliasBomb = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: verify(code: "x${i}") { verified }`).join(" ")} }`;
const directiveBomb = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `t${i}: __typename @skip(if: false)`).join(" ")} }`;
const COST_BOMB = "{ anomalies(first: 100) { edges { node { serial { events(first: 100) { edges { node { eventId } } } } } } } }";
const COST_BOMB_1000 = "{ anomalies(first: 1000) { edges { node { serial { events(first: 1000) { edges { node { eventId } } } recalls { id } } } } } }";
const LOTS = "query Lots($n: Int!) { products(first: $n) { edges { node { gtin lots(first: $n) { edges { node { lot } } } } } } }";

describe("operation limits at the gateway", () => {
  let hub: TestHub;
  let admin: string;
  let upstream: ReturnType<typeof upstreamCounter>;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.token("acme", "admin");
    await hub.client("acme", "admin").request(CreateProductDocument, {
      input: { gtin: GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 },
    });
    await hub.client("acme", "admin").request(CaptureEventsDocument, { epcis: [commissioning([sgtin("1")])] });
    upstream = upstreamCounter(hub);
  });

  afterAll(async () => {
    upstream?.dispose();
    await hub?.stop();
  });

  const bombs: [string, () => unknown, string][] = [
    ["depth bomb: installedIn { parent } nested 100 times (202 levels)", () => ({ query: nested(100) }), "OPERATION_TOO_DEEP"],
    ["alias bomb: 150 aliases of verify", () => ({ query: aliasBomb(150) }), "TOO_MANY_ALIASES"],
    ["alias bomb: 1,000 aliases of verify (over the token limit first)", () => ({ query: aliasBomb(1000) }), "TOO_MANY_TOKENS"],
    ["token bomb: 100,000 × __typename", () => ({ query: `{ ${"__typename ".repeat(100_000)}}` }), "TOO_MANY_TOKENS"],
    ["directive bomb: 100 × @skip", () => ({ query: directiveBomb(100) }), "TOO_MANY_DIRECTIVES"],
    ["cost bomb: anomalies(first: 100) × events(first: 100)", () => ({ query: COST_BOMB }), "OPERATION_TOO_COSTLY"],
    ["cost bomb: anomalies(first: 1000) × events(first: 1000)", () => ({ query: COST_BOMB_1000 }), "OPERATION_TOO_COSTLY"],
    ["cost bomb by variables: products(first: $n) × lots(first: $n), n = 100", () => ({ query: LOTS, variables: { n: 100 } }), "OPERATION_TOO_COSTLY"],
    ["oversize batch: 11 operations", () => Array.from({ length: 11 }, () => ({ query: "{ __typename }" })), "BATCH_TOO_LARGE"],
  ];

  it.each(bombs)("refuses the %s before execution, and a normal query right after works", async (name, body, code) => {
    const text = JSON.stringify(body());
    const before = upstream.count;
    const refused = await post(hub, text, admin);
    const reached = upstream.count - before;
    const error = refused.body.errors?.[0];
    console.log(`${name}: ${text.length.toLocaleString("en")} bytes → HTTP ${refused.status} ${String(error?.extensions?.code)} "${error?.message}"; subgraph requests: ${reached}`);
    expect(refused.status).toBe(400);
    expect(error?.extensions).toMatchObject({ code });
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.raw).not.toContain('"http"');
    expect(reached).toBe(0);

    const normal = await post(hub, { query: print(ProductsDocument), variables: { first: 5 } }, admin);
    expect(normal.status).toBe(200);
    expect(normal.body).toMatchObject({ data: { products: { edges: [{ node: { gtin: GTIN } }] } } });
    expect(upstream.count - before).toBeGreaterThan(0);
  });

  it("runs what is just under each limit", async () => {
    const allowed = await post(hub, { query: nested(Math.floor((limits.maxDepth - 2) / 2)) }, admin);
    expect(allowed.body.errors).toBeUndefined();
    const cheap = await post(hub, { query: LOTS, variables: { n: 5 } }, admin);
    expect(cheap.body).toMatchObject({ data: { products: { edges: [{ node: { gtin: GTIN, lots: { edges: [] } } }] } } });
    const batch = await post(hub, Array.from({ length: limits.maxBatch }, () => ({ query: "{ __typename }" })), admin);
    expect(batch.status).toBe(200);
    expect(batch.body).toEqual(Array.from({ length: limits.maxBatch }, () => ({ data: { __typename: "Query" } })));
  });

  it("refuses a bomb over graphql-ws too (checked at validation, before the subscription goes upstream)", async () => {
    const deep = `subscription { anomalyDetected { serial { ${"installedIn { parent { ".repeat(20)}gtin${" } }".repeat(20)} } } }`;
    const client = createClient({ url: `${hub.url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${admin}` } });
    const outcome = await client
      .iterate({ query: deep })
      .next()
      .then(
        (result) => result.value as { errors?: { extensions?: { code?: string } }[] },
        (errors: { extensions?: { code?: string } }[]) => ({ errors }),
      );
    await client.dispose();
    expect(outcome.errors?.[0]?.extensions?.code).toBe("OPERATION_TOO_DEEP");
  });

  describe("with introspection off (the default outside the embedded database)", () => {
    it("refuses introspection", async () => {
      expect(hub.config.introspection).toBe(false);
      const answer = await post(hub, { query: getIntrospectionQuery() });
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    });

    it("serves no GraphiQL", async () => {
      const response = await fetch(`${hub.url}/graphql`, { headers: { accept: "text/html" } });
      expect(await response.text()).not.toMatch(/graphiql/i);
    });

    it("suggests no field names", async () => {
      const answer = await post(hub, { query: "{ prodcts { totalCount } }" }, admin);
      expect(answer.body.errors?.[0]?.message).toBe('Cannot query field "prodcts" on type "Query".');
    });
  });
});

describe("introspection on, persisted operations on, limits from the environment", () => {
  let hub: TestHub;
  const verifyText = print(VerifyDocument);
  const verifyHash = persistedHash(verifyText);

  beforeAll(async () => {
    hub = await startTestHub({ SERIALHUB_INTROSPECTION: "true", SERIALHUB_PERSISTED_OPERATIONS: "on", SERIALHUB_MAX_ALIASES: "2" });
    await hub.client("acme", "admin").request(CreateProductDocument, {
      input: { gtin: GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 },
    });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("answers GraphiQL's introspection query and serves GraphiQL", async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    const answer = await post(hub, { query, operationName: "IntrospectionQuery" }, hub.token("acme", "admin"));
    expect(answer.body.errors).toBeUndefined();
    const types = (answer.body.data?.__schema as { types: unknown[] }).types;
    console.log(`introspection on: ${types.length} types, ${answer.raw.length.toLocaleString("en")} bytes`);
    expect(types.length).toBeGreaterThan(100);
    const page = await fetch(`${hub.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await page.text()).toMatch(/graphiql/i);
    const suggestion = await post(hub, { query: "{ prodcts { totalCount } }" }, hub.token("acme", "admin"));
    expect(suggestion.body.errors?.[0]?.message).toMatch(/Did you mean "products"/);
  });

  it("takes the limits from the environment (SERIALHUB_MAX_ALIASES=2)", async () => {
    const answer = await post(hub, { query: "{ a: __typename b: products { totalCount } c: products { totalCount } d: products { totalCount } }" }, hub.token("acme", "admin"));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toMatchObject({ message: "The operation has 3 aliases; the limit is 2.", extensions: { code: "TOO_MANY_ALIASES", limit: 2, found: 3 } });
  });

  it("lets the public run persisted operations only: by hash, by documentId, or as the same text", async () => {
    const code = "https://id.gs1.org/01/10614141073464/21/NOSUCH";
    const upstream = upstreamCounter(hub);
    const arbitrary = await post(hub, { query: "{ verify(code: \"x\") { verified } }" });
    upstream.dispose();
    expect(upstream.count).toBe(0);
    expect(arbitrary.status).toBe(400);
    expect(arbitrary.body.errors?.[0]?.extensions).toMatchObject({ code: "PERSISTED_QUERY_REQUIRED" });

    const byHash = await post(hub, { variables: { code }, extensions: { persistedQuery: { version: 1, sha256Hash: verifyHash } } });
    expect(byHash.body).toMatchObject({ data: { verify: { verified: false } } });
    const byDocumentId = await post(hub, { documentId: `sha256:${verifyHash}`, variables: { code } });
    expect(byDocumentId.body).toMatchObject({ data: { verify: { verified: false } } });
    const search = new URLSearchParams({ variables: JSON.stringify({ code }), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: verifyHash } }) });
    const byGet = await fetch(`${hub.url}/graphql?${search}`);
    expect(await byGet.json()).toMatchObject({ data: { verify: { verified: false } } });
    // What the verification page sends: the generated document printed, no hash.
    const { verify } = await hub.client().request(VerifyDocument, { code });
    expect(verify.verified).toBe(false);

    const unknown = await post(hub, { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: "PERSISTED_QUERY_NOT_FOUND" });
    console.log(`persisted mode: public arbitrary → ${arbitrary.status} PERSISTED_QUERY_REQUIRED (subgraph requests: ${upstream.count}); by hash, documentId, GET and same text → data; unknown hash → ${unknown.status} PERSISTED_QUERY_NOT_FOUND`);
  });

  it("leaves token holders free to send any document", async () => {
    const products = await post(hub, { query: "{ products(first: 3) { edges { node { gtin name } } } }" }, hub.token("acme", "admin"));
    expect(products.body).toEqual({ data: { products: { edges: [{ node: { gtin: GTIN, name: "Widget" } }] } } });
  });
});
