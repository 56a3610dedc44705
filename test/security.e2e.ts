import { createServer } from "node:http";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { CaptureEventsDocument, CreateProductDocument, PreviewRecallDocument, ProductsDocument } from "../clients/generated/graphql";
import { WS_MAX_PAYLOAD_BYTES } from "../gateway/front-door";
import { PEER_FAILURE_MESSAGE } from "../lib/federation/subgraph-client";
import { SUBGRAPH_WS_MAX_PAYLOAD_BYTES } from "../lib/federation/subgraph-server";
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

    it("refuses a token whose sub no header can carry, on GraphQL and REST routes, and keeps answering", async () => {
      const message = "The token's sub claim must be 1 to 256 printable ASCII characters, without spaces.";
      const refusal = { errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] };
      const answers = [];
      for (const sub of ["josé-用户", "line\nbreak", "x".repeat(257)]) {
        const headers = { "content-type": "application/json", authorization: `Bearer ${signToken(hub.config.jwtSecret, { ...acme, sub })}` };
        const graphql = await fetch(`${hub.url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query: PRODUCTS_QUERY }) });
        const rest = await fetch(`${hub.url}/epcis/events`, { headers });
        const upload = await fetch(`${hub.url}/recalls/serial-lists?gtin=10614141073464`, { method: "POST", headers: { ...headers, "content-type": "text/csv" }, body: "S-1\n" });
        for (const response of [graphql, rest, upload]) {
          answers.push([response.status, await response.json()]);
        }
      }
      expect(answers).toEqual(answers.map(() => [401, refusal]));
      const after = await hub.client("acme", "admin").request(ProductsDocument, { first: 5 });
      expect(after.products.edges).toHaveLength(1);
      console.log(`unsendable subs: ${answers.length} requests refused with 401 (GraphQL, REST GET, REST POST), hub still answering`);
    });

    it("serves public callers nothing private", async () => {
      const result = await hub.client().execute(ProductsDocument, { first: 5 });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    });
  });
});

describe("WebSocket messages over the size limit", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });

  afterAll(async () => {
    await hub?.stop();
  });

  /** The first thing a socket hears after sending a connection_init of exactly `bytes`: a message type, or its close code. */
  const firstAnswer = (url: string, bytes: number) =>
    new Promise<string | number>((resolve, reject) => {
      const ws = new WebSocket(url, "graphql-transport-ws");
      const frame = JSON.stringify({ type: "connection_init", payload: { pad: "" } });
      ws.on("open", () => ws.send(frame.replace('"pad":""', `"pad":"${"x".repeat(bytes - frame.length)}"`)));
      ws.on("message", (data: Buffer) => {
        resolve((JSON.parse(data.toString()) as { type: string }).type);
        ws.close();
      });
      ws.on("close", (code) => resolve(code));
      ws.on("error", reject);
    });

  it("closes a client's socket with 1009 past 1 MiB at the front door, and one past 4 MiB at a service's port", async () => {
    const door = `${hub.url.replace("http", "ws")}/graphql`;
    const serials = `${hub.hub.services.serials.replace("http", "ws")}/graphql`;
    const verdicts = {
      doorAtLimit: await firstAnswer(door, WS_MAX_PAYLOAD_BYTES),
      doorOver: await firstAnswer(door, WS_MAX_PAYLOAD_BYTES + 1),
      serviceAtLimit: await firstAnswer(serials, SUBGRAPH_WS_MAX_PAYLOAD_BYTES),
      serviceOver: await firstAnswer(serials, SUBGRAPH_WS_MAX_PAYLOAD_BYTES + 1),
    };
    expect(verdicts).toEqual({ doorAtLimit: "connection_ack", doorOver: 1009, serviceAtLimit: "connection_ack", serviceOver: 1009 });
    console.log(`WebSocket limits: ${WS_MAX_PAYLOAD_BYTES} bytes accepted at the door, +1 closed with 1009; ${SUBGRAPH_WS_MAX_PAYLOAD_BYTES} at a service, +1 closed with 1009`);
  });
});

describe("a service that answers with an error to another", () => {
  let hub: TestHub;
  const impostor = createServer((_req, res) =>
    res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: 'relation "products.items" does not exist' }] })),
  );

  beforeAll(async () => {
    hub = await startTestHub();
    // products goes away and something broken answers on its port: recalls asks it whether a GTIN is the caller's.
    await hub.hub.stopService("products");
    await new Promise<void>((resolve) => impostor.listen(Number(new URL(hub.hub.services.products).port), "127.0.0.1", resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => impostor.close(resolve));
    await hub?.stop();
  });

  it("tells the client INTERNAL without the peer's address or answer", async () => {
    const result = await hub.client("acme", "recall_coordinator").execute(PreviewRecallDocument, {
      input: { gtin: "10614141073464", scope: { lots: ["L1"] }, reason: "Faulty seal", instructions: "Stop using it." },
    });
    expect(result.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([[PEER_FAILURE_MESSAGE, "INTERNAL"]]);
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|products\.items|\/graphql|http:/);
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
