import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { identityToHeaders, type Identity } from "../lib/auth/identity";
import { BODY_DIGEST_HEADER, sign, SIGNATURE_EXTENSION, SIGNATURE_WINDOW_MS, signedRestHeaders, signingPayload, stamped } from "../lib/auth/upstream-signature";
import { SUBGRAPHS, type SubgraphName } from "../lib/config/config";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

/** One harmless root query per subgraph, answered for any admin. */
const QUERIES: Record<SubgraphName, string> = {
  serials: "{ locations(first: 1) { edges { cursor } } }",
  products: "{ products(first: 1) { edges { cursor } } }",
  warranty: "{ warrantySettings { claimLimit } }",
  recalls: "{ recalls(first: 1) { edges { cursor } } }",
  ingest: "{ availableConnectors { id } }",
};

/** A REST route of each subgraph that has some (reached directly, not through the front door). */
const ROUTES: Partial<Record<SubgraphName, string>> = {
  serials: "/epcis/events",
  recalls: "/recalls/serial-lists?gtin=10614141073464",
  ingest: "/epcis/capture/00000000-0000-4000-8000-000000000000",
};

/**
 * A REST route of each subgraph that reads a body: the signed body, another one sent under its
 * signature, and how the route answers the signed one (which shows it read the body).
 */
const BODY_ROUTES: Partial<Record<SubgraphName, { path: string; type: string; body: string; other: string; answer: [number, string] }>> = {
  serials: {
    path: "/01/10614141073464/21/A1",
    type: "application/x-www-form-urlencoded",
    body: "kind=OTHER&message=signed",
    other: "kind=OTHER&message=swapped",
    answer: [404, "This product is not known here"],
  },
  recalls: { path: "/recalls/serial-lists?gtin=10614141073464", type: "text/csv", body: "SN-1\n", other: "SN-1\nSN-666\n", answer: [201, '"count":1'] },
  ingest: { path: "/epcis/capture", type: "application/json", body: "[]", other: '[{"type":"ObjectEvent"}]', answer: [400, "The list holds no events"] },
};

/** A signing time just outside the window: what a request captured a minute ago carries. */
const stale = () => Date.now() - SIGNATURE_WINDOW_MS - 1_000;

const ACME: Identity = { tenant: "acme", sub: "acme-user", roles: ["admin"] };
const GLOBEX: Identity = { tenant: "globex", sub: "acme-user", roles: ["admin"] };

type Answer = { status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } };

/**
 * Reaching a subgraph's port directly, past the gateway: every subgraph, over HTTP, graphql-ws
 * and REST, refuses what the gateway did not sign for exactly that caller.
 */
describe("direct access to the subgraphs, without the gateway's signature", () => {
  let hub: TestHub;
  const tally = { attempts: 0, refused: 0, controls: 0, stale: 0, swapped: 0 };

  beforeAll(async () => {
    hub = await startTestHub();
  });

  afterAll(async () => {
    console.log(
      `Direct subgraph access: ${SUBGRAPHS.length} subgraphs; ${tally.refused} of ${tally.attempts} unsigned, forged or replayed requests refused ` +
        `(of which ${tally.stale} replayed after the ${SIGNATURE_WINDOW_MS / 1000} s window, ${tally.swapped} signed REST bodies swapped); ` +
        `${tally.controls} correctly signed controls answered.`,
    );
    await hub?.stop();
  });

  const url = (name: SubgraphName) => hub.hub.services[name];
  /** The identity headers as the gateway sends them, with the signing time. */
  const headersOf = (identity: Identity, at = Date.now()) => stamped(identityToHeaders(identity), at);
  const signature = (query: string, variables: unknown, headers: Record<string, string>, secret = hub.config.upstreamSecret) =>
    sign(secret, signingPayload(query, variables, headers));

  async function post(name: SubgraphName, headers: Record<string, string>, body: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(`${url(name)}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Answer["body"] };
  }

  /** The first answer to one operation over graphql-ws, straight to the subgraph; the identity travels as the gateway sends it. */
  async function overSocket(name: SubgraphName, headers: Record<string, string>, extensions: Record<string, unknown>): Promise<Answer["body"]> {
    const client = createClient({ url: `${url(name).replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    try {
      const { value } = await client.iterate({ query: QUERIES[name], extensions: { headers, ...extensions } }).next();
      return value as Answer["body"];
    } catch (errors) {
      return { errors: errors as Answer["body"]["errors"] };
    } finally {
      await client.dispose();
    }
  }

  const refused = (ok: boolean) => {
    tally.attempts += 1;
    tally.refused += ok ? 1 : 0;
    return ok;
  };

  describe.each(SUBGRAPHS.map((name) => [name]))("%s", (name) => {
    it("answers the gateway's signature (the control), over HTTP and graphql-ws", async () => {
      const query = QUERIES[name];
      const headers = headersOf(ACME);
      const answer = await post(name, headers, { query, extensions: { [SIGNATURE_EXTENSION]: signature(query, undefined, headers) } });
      expect(answer).toMatchObject({ status: 200, body: { data: expect.any(Object) } });
      expect(answer.body.errors).toBeUndefined();
      const socket = await overSocket(name, headers, { [SIGNATURE_EXTENSION]: signature(query, undefined, headers) });
      expect(socket.errors).toBeUndefined();
      expect(socket.data).toEqual(answer.body.data);
      tally.controls += 2;
    });

    it("refuses over HTTP: unsigned, another secret, replayed as another tenant or after the window, roles raised, variables changed, time changed", async () => {
      const query = QUERIES[name];
      const at = Date.now();
      const headers = headersOf(ACME, at);
      const signed = signature(query, undefined, headers);
      const old = headersOf(ACME, stale());
      const attempts: [string, Record<string, string>, Record<string, unknown>][] = [
        ["unsigned", headers, { query }],
        ["another secret", headers, { query, extensions: { [SIGNATURE_EXTENSION]: signature(query, undefined, headers, "x".repeat(64)) } }],
        ["replayed as another tenant", headersOf(GLOBEX, at), { query, extensions: { [SIGNATURE_EXTENSION]: signed } }],
        ["roles raised", headersOf({ ...ACME, roles: ["admin", "service"] }, at), { query, extensions: { [SIGNATURE_EXTENSION]: signed } }],
        ["variables changed", headers, { query, variables: { extra: 1 }, extensions: { [SIGNATURE_EXTENSION]: signed } }],
        ["no identity at all", {}, { query, extensions: { [SIGNATURE_EXTENSION]: signed } }],
        ["signing time moved forward", headersOf(ACME, at + 1), { query, extensions: { [SIGNATURE_EXTENSION]: signed } }],
        ["replayed after the window", old, { query, extensions: { [SIGNATURE_EXTENSION]: signature(query, undefined, old) } }],
      ];
      for (const [what, sent, body] of attempts) {
        const answer = await post(name, sent, body);
        expect([what, refused(answer.status === 401), answer.body.errors?.[0]?.extensions?.code]).toEqual([what, true, "UNAUTHENTICATED"]);
        expect(answer.body.data).toBeUndefined();
      }
      const last = await post(name, old, { query, extensions: { [SIGNATURE_EXTENSION]: signature(query, undefined, old) } });
      expect(last.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^The upstream signature is stale: signed 6\d\.\d s ago/) });
      tally.stale += 1;
    });

    it("refuses over graphql-ws: unsigned, a signed operation replayed as another tenant, and one signed before the window", async () => {
      const at = Date.now();
      const signed = { [SIGNATURE_EXTENSION]: signature(QUERIES[name], undefined, headersOf(ACME, at)) };
      const old = headersOf(ACME, stale());
      for (const [what, answer] of [
        ["unsigned", await overSocket(name, headersOf(ACME, at), {})],
        ["replayed as another tenant", await overSocket(name, headersOf(GLOBEX, at), signed)],
        ["replayed after the window", await overSocket(name, old, { [SIGNATURE_EXTENSION]: signature(QUERIES[name], undefined, old) })],
      ] as const) {
        expect([what, refused(answer.errors?.[0]?.extensions?.code === "UNAUTHENTICATED")]).toEqual([what, true]);
        expect(answer.data ?? undefined).toBeUndefined();
        if (what === "replayed after the window") {
          expect(answer.errors?.[0]).toMatchObject({ message: expect.stringContaining("The upstream signature is stale") });
          tally.stale += 1;
        }
      }
    });

    const path = ROUTES[name];
    if (path) {
      it(`refuses its REST route ${path} unsigned, signed for another tenant, and replayed after the window`, async () => {
        const method = path.startsWith("/recalls/serial-lists") ? "POST" : "GET";
        const signed = signedRestHeaders(hub.config.upstreamSecret, method, path, identityToHeaders(ACME));
        const unsigned = await fetch(`${url(name)}${path}`, { method, headers: identityToHeaders(ACME) });
        const replayed = await fetch(`${url(name)}${path}`, { method, headers: { ...signed, ...identityToHeaders(GLOBEX) } });
        const old = signedRestHeaders(hub.config.upstreamSecret, method, path, identityToHeaders(ACME), "", stale());
        const late = await fetch(`${url(name)}${path}`, { method, headers: old });
        expect([unsigned.status, replayed.status, late.status].map((status) => refused(status === 401))).toEqual([true, true, true]);
        expect(await late.json()).toEqual({ error: expect.stringMatching(/^The upstream signature is stale: signed 6\d\.\d s ago, outside the 60 s window/) });
        tally.stale += 1;
        const control = await fetch(`${url(name)}${path}`, { method, headers: signed });
        expect(control.status).not.toBe(401);
        tally.controls += 1;
      });
    }

    const bodyRoute = BODY_ROUTES[name];
    if (bodyRoute) {
      it(`refuses a signed POST ${bodyRoute.path} carrying another body, and answers the body it was signed for`, async () => {
        const signed = signedRestHeaders(hub.config.upstreamSecret, "POST", bodyRoute.path, identityToHeaders(ACME), bodyRoute.body);
        const send = (body: string, headers = signed) => fetch(`${url(name)}${bodyRoute.path}`, { method: "POST", headers: { "content-type": bodyRoute.type, ...headers }, body });
        const swapped = await send(bodyRoute.other);
        expect(await swapped.json()).toEqual({ error: expect.stringContaining(`does not match the signed digest (${BODY_DIGEST_HEADER})`) });
        const truncated = await send(bodyRoute.body.slice(0, -1));
        const empty = await send("");
        expect([swapped.status, truncated.status, empty.status].map((status) => refused(status === 401))).toEqual([true, true, true]);
        tally.swapped += 3;
        const control = await send(bodyRoute.body);
        expect([control.status, await control.text()]).toEqual([bodyRoute.answer[0], expect.stringContaining(bodyRoute.answer[1])]);
        tally.controls += 1;
      });
    }
  });
});
