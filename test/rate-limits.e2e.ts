import { randomBytes } from "node:crypto";
import { AnomaliesDocument, CreateProductDocument, GenerateSerialsDocument, VerifyDocument } from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import { fromAddress, type AddressedClient, type RawAnswer } from "../lib/testing/from-address";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

// The defaults a deployment runs with: 60 code checks a minute per anonymous address.
const BUDGET = 60;
const WINDOW_MS = 60_000;
const GTIN = "09520123456788";
const CODES = 10_000;
const IN_FLIGHT = 50;
const VERIFY = `query Verify($code: String!) { verify(code: $code) { verified verdict } }`;

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** A well-formed GS1 Digital Link for the tenant's GTIN with a serial nobody issued. */
const randomCode = () => `https://id.gs1.org/01/${GTIN}/21/${Array.from(randomBytes(12), (byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
const json = (answer: RawAnswer) => JSON.parse(answer.body) as { data?: { verify?: { verified: boolean } }; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const retryAfterOf = (answer: RawAnswer) => Number(answer.headers["retry-after"]);

/** A refusal as the issue asks for it: 429, a Retry-After in seconds, and RATE_LIMITED in the body. */
function expectRefusedGraphQL(answer: RawAnswer): void {
  expect(answer.status).toBe(429);
  expect(retryAfterOf(answer)).toBeGreaterThanOrEqual(1);
  expect(retryAfterOf(answer)).toBeLessThanOrEqual(WINDOW_MS / 1000);
  expect(json(answer).errors?.[0]?.extensions).toEqual({ code: "RATE_LIMITED", retryAfter: retryAfterOf(answer) });
}

describe("rate limits on code checks, through the front door", () => {
  let hub: TestHub;
  let admin: HubClient;
  let known: string;
  /** 127.0.0.1 guesses codes; 127.0.0.2 … are other clients on other addresses. */
  const clients: AddressedClient[] = [];
  const from = (address: string) => {
    const client = fromAddress(address, IN_FLIGHT);
    clients.push(client);
    return client;
  };
  const onHub = (link: string) => link.replace("https://id.gs1.org", hub.url);
  /** Puts a client over its budget (still so after the flood unless its window ended): its last, refused answer. */
  const overBudget = async (client: AddressedClient): Promise<RawAnswer> => {
    for (let i = 0; i <= BUDGET; i += 1) {
      const answer = await client.graphql(hub.url, VERIFY, { code: randomCode() });
      if (answer.status === 429) {
        return answer;
      }
    }
    throw new Error(`No refusal after ${BUDGET + 1} checks.`);
  };

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    known = (await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 1, commission: true } })).generateSerials.serials[0].digitalLink;
  });

  afterAll(async () => {
    clients.forEach((client) => client.close());
    await hub?.stop();
  });

  it("refuses most of 10,000 random codes from one client with 429 + Retry-After, and raises SERIAL_ENUMERATION for it", async () => {
    const guesser = from("127.0.0.1");
    const codes = Array.from({ length: CODES }, randomCode);
    const tally = { answered: 0, limited: 0, other: 0 };
    let firstOther: string | undefined;
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < codes.length) {
          const answer = await guesser.graphql(hub.url, VERIFY, { code: codes[next++] });
          const body = json(answer);
          if (answer.status === 200 && body.data?.verify?.verified === false) {
            tally.answered += 1;
          } else if (answer.status === 429 && retryAfterOf(answer) >= 1 && body.errors?.[0]?.extensions?.code === "RATE_LIMITED") {
            tally.limited += 1;
          } else {
            tally.other += 1;
            firstOther ??= `${answer.status} ${answer.body.slice(0, 300)}`;
          }
        }
      }),
    );
    const elapsed = Date.now() - started;
    const lookups = await hub.sql<{ count: string }>(`SELECT count(*) FROM serials.lookups WHERE client = 'ip:127.0.0.1'`);
    const { anomalies } = await admin.request(AnomaliesDocument, { first: 100 });
    const enumeration = anomalies.edges.filter(({ node }) => node.kind === "SERIAL_ENUMERATION");
    const unknownSerials = anomalies.countsByKind.find((entry) => entry.kind === "UNKNOWN_SERIAL")?.count ?? 0;
    console.log(
      `rate limits: ${CODES} random codes from 127.0.0.1, ${IN_FLIGHT} in flight, ${elapsed} ms (${Math.round(CODES / (elapsed / 1000))} req/s): ` +
        `${tally.answered} answered, ${tally.limited} refused with 429 + Retry-After, ${tally.other} other; ` +
        `${lookups[0].count} lookups reached serials; ${enumeration.length} SERIAL_ENUMERATION (source ${enumeration[0]?.node.source}), ${unknownSerials} UNKNOWN_SERIAL`,
    );

    expect(firstOther).toBeUndefined();
    expect(tally.answered + tally.limited).toBe(CODES);
    // The budget, once per window the flood touched; enough to reach the rule's threshold (20 unknown codes).
    expect(tally.answered).toBeGreaterThanOrEqual(20);
    expect(tally.answered).toBeLessThanOrEqual(BUDGET * (1 + Math.floor(elapsed / WINDOW_MS)));
    // Refused checks never reached serials: nothing was looked up, logged or raised for them.
    expect(Number(lookups[0].count)).toBe(tally.answered);
    expect(unknownSerials).toBeLessThanOrEqual(tally.answered);
    expect(enumeration.length).toBeGreaterThanOrEqual(1);
    expect(enumeration[0].node).toMatchObject({ severity: "ALERT", gtin: GTIN, source: "ip:127.0.0.1" });
  });

  it("leaves other clients alone: another address and a token caller", async () => {
    expectRefusedGraphQL(await overBudget(from("127.0.0.1")));
    const neighbour = await from("127.0.0.2").graphql(hub.url, VERIFY, { code: known });
    expect(neighbour.status).toBe(200);
    expect(json(neighbour).data?.verify?.verified).toBe(true);
    expect((await hub.client("acme", "integrator").request(VerifyDocument, { code: known })).verify.verified).toBe(true);
  });

  it("refuses over graphql-ws as well, with the same code", async () => {
    await overBudget(from("127.0.0.1"));
    const feed = hub.client().subscribe(VerifyDocument, { code: known });
    const first = await feed.next();
    await feed.return?.();
    expect(first.value?.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(first.value?.data ?? null).toBeNull();
  });

  it("charges every aliased verify: 25 and 25 more fit the budget of 60, another 25 do not", async () => {
    // 25 stays under the gateway's alias limit (SERIALHUB_MAX_ALIASES, 30 by default).
    const aliases = (offset: number) =>
      `query Many { ${Array.from({ length: 25 }, (_, i) => `v${offset + i}: verify(code: "${randomCode()}") { verified }`).join(" ")} }`;
    const batcher = from("127.0.0.3");
    for (const offset of [0, 25]) {
      const fits = await batcher.graphql(hub.url, aliases(offset));
      expect(fits.status).toBe(200);
      expect(Object.keys(json(fits).data ?? {})).toHaveLength(25);
    }
    const over = await batcher.graphql(hub.url, aliases(50));
    expectRefusedGraphQL(over);
    expect(json(over).errors?.[0]?.message).toMatch(/budget 60\/min; this operation asks for 25/);
  });

  it("limits the Digital Link resolver too: page, JSON, linkset and report, answered in kind", async () => {
    const guesser = from("127.0.0.1");
    await overBudget(guesser);
    const page = await guesser.send("GET", onHub(randomCode()), { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(page.status).toBe(429);
    expect(retryAfterOf(page)).toBeGreaterThanOrEqual(1);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toContain('data-verdict="busy"');
    const api = await guesser.send("GET", onHub(randomCode()), { headers: { accept: "application/json" } });
    expect(api.status).toBe(429);
    expect(JSON.parse(api.body)).toMatchObject({ code: "RATE_LIMITED", retryAfter: retryAfterOf(api) });
    expect((await guesser.send("GET", `${onHub(randomCode())}?linkType=all`)).status).toBe(429);
    const report = await guesser.send("POST", onHub(known), { body: "kind=counterfeit", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(report.status).toBe(429);
    expect((await from("127.0.0.2").send("GET", onHub(known), { headers: { accept: "text/html" } })).status).toBe(200);

    // A script that only uses the resolver meets the same budget.
    const resolverOnly = from("127.0.0.4");
    const statuses: number[] = [];
    for (let i = 0; i < BUDGET + 10; i += 1) {
      statuses.push((await resolverOnly.send("GET", onHub(randomCode()), { headers: { accept: "application/json" } })).status);
    }
    const ok = statuses.filter((status) => status === 200).length;
    const refused = statuses.filter((status) => status === 429).length;
    console.log(`rate limits: ${statuses.length} Digital Link requests (JSON) from 127.0.0.4: ${ok} answered, ${refused} refused with 429`);
    expect(ok + refused).toBe(statuses.length);
    expect(ok).toBeGreaterThanOrEqual(BUDGET);
    expect(refused).toBeGreaterThanOrEqual(1);
  });

  it("lets the client in again once it has waited Retry-After", async () => {
    const guesser = from("127.0.0.1");
    const refused = await overBudget(guesser);
    expectRefusedGraphQL(refused);
    const wait = retryAfterOf(refused);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    const again = await guesser.graphql(hub.url, VERIFY, { code: known });
    console.log(`rate limits: 127.0.0.1 waited Retry-After ${wait} s, then got HTTP ${again.status}`);
    expect(again.status).toBe(200);
    expect(json(again).data?.verify?.verified).toBe(true);
  }, 90_000);
});
