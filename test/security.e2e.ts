import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { CaptureEventsDocument, CreateProductDocument, ProductsDocument } from "../clients/generated/graphql";
import { commissioning, sgtin } from "../lib/testing/epcis-fixtures";
import { identityToHeaders, type Identity } from "../lib/auth/identity";
import { sign, SIGNATURE_EXTENSION, signingPayload, stamped } from "../lib/auth/upstream-signature";
import { signToken } from "../lib/auth/token";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const PRODUCTS_QUERY = "{ products(first: 5) { edges { node { gtin } } } }";

describe("security at the edges", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
    await hub.client("acme", "admin").request(CreateProductDocument, {
      input: { gtin: "10614141073464", name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 },
    });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  const acme: Identity = { tenant: "acme", sub: "someone", roles: ["admin"] };
  const postToProducts = (headers: Record<string, string>, body: Record<string, unknown>) =>
    fetch(`${hub.hub.services.products}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  describe("subgraphs accept only what the gateway signed", () => {
    it("answers a correctly signed request", async () => {
      const headers = stamped(identityToHeaders(acme));
      const signature = sign(hub.config.upstreamSecret, signingPayload(PRODUCTS_QUERY, undefined, headers));
      const response = await postToProducts(headers, { query: PRODUCTS_QUERY, extensions: { [SIGNATURE_EXTENSION]: signature } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { products: { edges: [{ node: { gtin: "10614141073464" } }] } } });
    });

    it("refuses an unsigned request", async () => {
      const response = await postToProducts(identityToHeaders(acme), { query: PRODUCTS_QUERY });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    });

    it("refuses a request signed with another secret", async () => {
      const headers = stamped(identityToHeaders(acme));
      const signature = sign("not-the-hub-secret-not-the-hub-secret", signingPayload(PRODUCTS_QUERY, undefined, headers));
      const response = await postToProducts(headers, { query: PRODUCTS_QUERY, extensions: { [SIGNATURE_EXTENSION]: signature } });
      expect(response.status).toBe(401);
    });

    it("refuses a signed body replayed under another tenant's identity", async () => {
      const at = Date.now();
      const signature = sign(hub.config.upstreamSecret, signingPayload(PRODUCTS_QUERY, undefined, stamped(identityToHeaders(acme), at)));
      const other = stamped(identityToHeaders({ ...acme, tenant: "globex" }), at);
      const response = await postToProducts(other, { query: PRODUCTS_QUERY, extensions: { [SIGNATURE_EXTENSION]: signature } });
      expect(response.status).toBe(401);
    });

    it("refuses an unsigned subscription over graphql-ws", async () => {
      const client = createClient({ url: `${hub.hub.services.serials.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, lazy: true });
      const events = client.iterate({ query: "subscription { anomalyDetected { id } }", extensions: { headers: identityToHeaders(acme) } });
      await expect(events.next()).rejects.toEqual([expect.objectContaining({ extensions: { code: "UNAUTHENTICATED" } })]);
      await client.dispose();
    });
  });

  describe("the gateway decides who the caller is", () => {
    it("refuses a token it did not sign", async () => {
      const forged = signToken("another-secret-another-secret-another", acme);
      const response = await fetch(`${hub.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${forged}` },
        body: JSON.stringify({ query: PRODUCTS_QUERY }),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        errors: [{ message: "The token is not valid for this hub.", extensions: { code: "UNAUTHENTICATED" } }],
      });
    });

    it("says when a token has expired", async () => {
      const expired = signToken(hub.config.jwtSecret, acme, { expiresIn: -120 }); // beyond the 30 s clock skew
      const result = await fetch(`${hub.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${expired}` },
        body: JSON.stringify({ query: PRODUCTS_QUERY }),
      });
      expect(await result.json()).toMatchObject({ errors: [{ message: "The token has expired: get a new one." }] });
    });

    it("refuses a token with a role it does not know", async () => {
      const result = await fetch(`${hub.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${signToken(hub.config.jwtSecret, { ...acme, roles: ["root" as never] })}` },
        body: JSON.stringify({ query: PRODUCTS_QUERY }),
      });
      expect(await result.json()).toMatchObject({ errors: [{ extensions: { code: "UNAUTHENTICATED" } }] });
    });

    it("ignores identity headers a client sends itself", async () => {
      const response = await fetch(`${hub.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${hub.token("globex", "admin")}`,
          ...identityToHeaders(acme),
        },
        body: JSON.stringify({ query: PRODUCTS_QUERY, extensions: { headers: identityToHeaders(acme) } }),
      });
      expect(await response.json()).toEqual({ data: { products: { edges: [] } } });
    });

    it("closes a WebSocket that presents a bad token with 4403", async () => {
      const closed = new Promise<number>((resolve) => {
        const client = createClient({
          url: `${hub.url.replace("http", "ws")}/graphql`,
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          connectionParams: { authorization: "Bearer not-a-token" },
          on: { closed: (event) => resolve((event as { code: number }).code) },
        });
        client.iterate({ query: "subscription { anomalyDetected { id } }" }).next().catch(() => undefined);
      });
      expect(await closed).toBe(4403);
    });

    it("serves public callers nothing private", async () => {
      const result = await hub.client().execute(ProductsDocument, { first: 5 });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    });
  });
});

describe("a service that is down", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
    await hub.client("acme", "admin").request(CaptureEventsDocument, { epcis: [commissioning([sgtin("1")])] });
    await hub.hub.stopService("warranty");
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("makes /healthz answer 503 and name it", async () => {
    const response = await fetch(`${hub.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "degraded", services: { warranty: "unreachable", serials: "ok" } });
  });

  it("costs only its own fields, reported as INTERNAL without the cause", async () => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hub.token("acme", "admin")}` },
      body: JSON.stringify({ query: '{ serial(gtin: "10614141073464", serial: "1") { gtin warranty { status } } products(first: 1) { edges { cursor } } }' }),
    });
    const body = (await response.json()) as { data: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.data).toEqual({ serial: { gtin: "10614141073464", warranty: null }, products: { edges: [] } });
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(["INTERNAL"]);
    expect(JSON.stringify(body.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});
