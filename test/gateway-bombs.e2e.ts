import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getIntrospectionQuery } from "graphql";
import { INTROSPECTION_MAX_DEPTH } from "../gateway/limits/introspection-depth";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

interface Answer {
  status: number;
  bytes: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** `query { ...F0 }`, F0 spreading F1 twice, F1 spreading F2 twice, …: 2^levels paths to the leaf. */
const spreads = (levels: number, leaf: string) =>
  `query Bomb { ...F0 }\n${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join("\n")}\nfragment F${levels} on Query { ${leaf} }`;

/** Requests the hub's subgraphs accept meanwhile (Node's `http.server.request.start` channel; the whole hub runs in this process). */
async function upstreamRequests<T>(hub: TestHub, during: () => Promise<T>): Promise<{ result: T; count: number }> {
  const ports = new Set(Object.values(hub.hub.services).map((url) => Number(new URL(url).port)));
  let count = 0;
  const listener = (message: unknown) => {
    const address = (message as { server: Server }).server.address() as AddressInfo | null;
    count += address && ports.has(address.port) ? 1 : 0;
  };
  subscribe("http.server.request.start", listener);
  try {
    return { result: await during(), count };
  } finally {
    unsubscribe("http.server.request.start", listener);
  }
}

/** docs/security/rate-limits.md and "Operation limits": documents that cost little to send and much to measure. */
describe("fragment and introspection bombs, and warrantyStatus as a code check, at the gateway (introspection on)", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ SERIALHUB_INTROSPECTION: "true", SERIALHUB_RATE_LIMIT_TOKEN: "5/min" });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  async function post(query: string, token?: string): Promise<Answer> {
    const response = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const raw = await response.text();
    return { status: response.status, bytes: raw.length, body: JSON.parse(raw) as Answer["body"] };
  }

  it("refuses fragments spread exponentially before the query planner, and counts the code checks of those it runs", async () => {
    // The reviewer's 904-byte document: 2^22 __typename once its fragments are written out, cost 0, no alias, depth 1.
    // Before the spread-size rule the Rust planner took 2 s at 18 levels, 4 times as long at each 2 more, and ran out of memory at 150.
    const document = spreads(22, "__typename");
    const { result: refused, count } = await upstreamRequests(hub, () => post(document));
    expect(count).toBe(0);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: "TOO_MANY_TOKENS", limit: 2000, found: 2 ** 22 });
    // Ten levels: 1,024 fields written out, under the limit: answered.
    const answered = await post(spreads(10, "__typename"));
    expect(answered.status).toBe(200);
    expect(answered.body).toEqual({ data: { __typename: "Query" } });
    // Six levels ending in verify: 64 checks counted (each spread counts), over the public budget of 60.
    const sixLevels = await post(spreads(6, 'verify(code: "x") { verified }'));
    expect(sixLevels.status).toBe(429);
    expect(sixLevels.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    console.log(
      `fragments spread 22 levels deep (${document.length} B): ${refused.status} ${String(refused.body.errors?.[0]?.extensions?.code)}, ${count} subgraph requests; 10 levels: ${answered.status}; ` +
        `6 levels ending in verify (64 checks): ${sixLevels.status} ${String(sixLevels.body.errors?.[0]?.extensions?.code)}`,
    );
  });

  it("counts warrantyStatus against the token budget, as verify and lookup", async () => {
    // It answers whether a code, another tenant's included, is genuine: a way to guess codes like verify.
    const token = hub.token("acme", "service_centre");
    const statuses: number[] = [];
    let refusal: Answer | undefined;
    for (let i = 0; i < 6; i += 1) {
      const answer = await post(`{ warrantyStatus(code: "https://id.gs1.org/01/09520123456788/21/GUESS${i}") { genuine } }`, token);
      statuses.push(answer.status);
      if (i === 0) {
        expect(answer.body).toEqual({ data: { warrantyStatus: { genuine: false } } });
      }
      refusal = answer.status === 429 ? answer : refusal;
    }
    console.log(`6 warrantyStatus queries with a 5/min token budget: ${statuses.join(", ")}`);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(refusal?.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("answers GraphiQL's introspection query and refuses deeper or nested introspection", async () => {
    const admin = hub.token("acme", "admin");
    const graphiql = await post(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
      admin,
    );
    expect(graphiql.body.errors).toBeUndefined();
    expect((graphiql.body.data?.__schema as { types: unknown[] }).types.length).toBeGreaterThan(100);

    // Type references 30 deep: lists nowhere, so graphql-js's own rule lets it through; ours does not.
    const chain = await post(`{ __schema { types { ${"ofType { ".repeat(30)}name${" }".repeat(30)} } } }`, admin);
    expect(chain.status).toBe(400);
    expect(chain.body.data).toBeUndefined();
    expect(chain.body.errors?.[0]?.extensions).toMatchObject({ code: "OPERATION_TOO_DEEP", limit: INTROSPECTION_MAX_DEPTH, found: 33 });

    // fields { type { … } } nested: each level multiplies the answer; graphql-js's MaxIntrospectionDepthRule refuses a third list.
    const nested = await post(`{ __schema { types { ${"fields { type { ".repeat(6)}name${" } }".repeat(6)} } } }`, admin);
    expect(nested.body.data).toBeUndefined();
    expect(nested.body.errors?.map((error) => error.message)).toContain("Maximum introspection depth exceeded");
    console.log(
      `introspection on: GraphiQL's query ${graphiql.status} (${graphiql.bytes.toLocaleString("en")} B); ofType × 30: ${chain.status} ${String(chain.body.errors?.[0]?.extensions?.code)}; ` +
        `fields { type } × 6: ${nested.status} "${nested.body.errors?.[0]?.message}"`,
    );
  });
});
