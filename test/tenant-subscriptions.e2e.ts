import { randomUUID } from "node:crypto";
import { parse } from "graphql";
import type { GraphQLResponse, HubClient } from "../clients/client";
import { commissioning, epcisDocument, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { graphql } from "../lib/testing/isolation-seed";
import { LiveFeed } from "../lib/testing/live-feed";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

type Notice = { serial: { gtin: string; serial: string }; event?: { eventId: string } };
type Data = Record<string, Notice & { id?: string; gtin?: string; status?: string; done?: number }>;
type Tenant = "acme" | "globex";

const TENANTS: Tenant[] = ["acme", "globex"];
const GTIN: Record<Tenant, string> = { acme: WIDGET_GTIN, globex: "04012345111118" };
const EPC: Record<Tenant, (serial: string) => string> = { acme: (serial) => sgtin(serial), globex: (serial) => `urn:epc:id:sgtin:4012345.011111.${serial}` };
const ROUNDS = 5;

const SUBSCRIPTIONS = {
  anomalyDetected: "subscription { anomalyDetected { id serial { gtin serial } } }",
  serialEvents: "subscription { serialEvents { serial { gtin serial } event { eventId } } }",
  recallAlerts: "subscription { recallAlerts { serial { gtin serial } event { eventId } } }",
} as const;
type Kind = keyof typeof SUBSCRIPTIONS;
const KINDS = Object.keys(SUBSCRIPTIONS) as Kind[];

const noticeOf = (kind: Kind | "jobProgress", response: GraphQLResponse<Data>) => response.data?.[kind];
/** Readiness probes carry a urn:uuid event id (shipments under test get content-hash ids) or a PROBE serial. */
const isProbe = (kind: Kind) => (response: GraphQLResponse<Data>) => {
  const notice = noticeOf(kind, response);
  return Boolean(notice?.serial.serial.startsWith("PROBE") || notice?.serial.serial === "RPROBE" || notice?.event?.eventId.startsWith("urn:uuid:"));
};

/**
 * Two tenants subscribed at once through one gateway, which multiplexes every client over one
 * upstream WebSocket to serials: each tenant gets every event of its own and none of the other's.
 */
describe("two tenants subscribed at once through the gateway", () => {
  let hub: TestHub;
  const clients = {} as Record<Tenant, HubClient>;
  const feeds: LiveFeed<Data>[] = [];

  const capture = (tenant: Tenant, events: unknown[]) =>
    graphql(hub, hub.token(tenant, "admin"), "mutation($epcis: JSON!) { captureEvents(epcis: $epcis) { accepted } }", { epcis: epcisDocument(events) });
  /** An unknown unit shipped (an UNKNOWN_SERIAL anomaly and an event) and a recalled one shipped (a recall alert and an event). */
  const round = (tenant: Tenant, name: string, recalled: string, hour: number) =>
    capture(tenant, [shipping([EPC[tenant](name)], `2025-04-01T${String(hour).padStart(2, "0")}:00:00Z`), shipping([EPC[tenant](recalled)], `2025-04-01T${String(hour).padStart(2, "0")}:30:00Z`)]);
  const probe = (tenant: Tenant) => () =>
    capture(tenant, [shipping([EPC[tenant](`PROBE-${randomUUID().slice(0, 8)}`), EPC[tenant]("RPROBE")], new Date().toISOString(), { eventID: `urn:uuid:${randomUUID()}` })]);
  const subscribe = (tenant: Tenant, query: string) => {
    const feed = new LiveFeed(clients[tenant].subscribe<Data, Record<string, never>>(parse(query)));
    feeds.push(feed);
    return feed;
  };

  beforeAll(async () => {
    hub = await startTestHub();
    for (const tenant of TENANTS) {
      clients[tenant] = hub.client(tenant, "admin");
      const call = (query: string, variables = {}) => graphql(hub, hub.token(tenant, "admin"), query, variables);
      await call("mutation($input: CreateProductInput!) { createProduct(input: $input) { gtin } }", {
        input: { gtin: GTIN[tenant], name: `Product of ${tenant}`, brand: tenant, markets: ["DE"], warrantyMonths: 12 },
      });
      await capture(tenant, [commissioning(["R1", "R2", "RS1", "RS2", "RPROBE"].map(EPC[tenant]), "2025-03-01T08:00:00Z", { ilmd: { "cbvmda:lotNumber": "LR" } })]);
      await call(`mutation { openRecall(input: { gtin: "${GTIN[tenant]}", scope: { lots: ["LR"] }, reason: "r", instructions: "i" }) { id } }`);
    }
  });

  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.close()));
    await hub?.stop();
  });

  it("delivers anomalies, events and recall alerts to their own tenant only", async () => {
    const live = {} as Record<Tenant, Record<Kind, LiveFeed<Data>>>;
    for (const tenant of TENANTS) {
      live[tenant] = Object.fromEntries(KINDS.map((kind) => [kind, subscribe(tenant, SUBSCRIPTIONS[kind])])) as Record<Kind, LiveFeed<Data>>;
    }
    for (const tenant of TENANTS) {
      for (const kind of KINDS) {
        await live[tenant][kind].ready(probe(tenant), isProbe(kind));
      }
    }
    for (let i = 1; i <= ROUNDS; i += 1) {
      for (const tenant of TENANTS) {
        await round(tenant, `${tenant}-U${i}`, i % 2 === 0 ? "R2" : "R1", i);
      }
    }
    // Each tenant's last capture follows the other's last: once a feed has it, a leaked event
    // of the other tenant, published before it on the same pipe, would have arrived too.
    await round("acme", "acme-S1", "RS1", 20);
    await round("globex", "globex-S1", "RS1", 20);
    await round("acme", "acme-S2", "RS2", 21);
    const last: Record<Tenant, [string, string]> = { acme: ["acme-S2", "RS2"], globex: ["globex-S1", "RS1"] };
    let delivered = 0;
    for (const tenant of TENANTS) {
      for (const kind of KINDS) {
        const sentinel = kind === "recallAlerts" ? last[tenant][1] : last[tenant][0];
        const wanted = (response: GraphQLResponse<Data>) => !isProbe(kind)(response) && noticeOf(kind, response)?.serial.serial === sentinel;
        await live[tenant][kind].waitFor(wanted, 10_000, `${tenant}'s ${kind} sentinel`);
        const events = live[tenant][kind].events;
        delivered += events.length;
        expect(events.filter((response) => response.errors).map((response) => response.errors)).toEqual([]);
        // Every notice names the subscriber's own product: not one of the other tenant's.
        expect(new Set(events.map((response) => noticeOf(kind, response)?.serial.gtin))).toEqual(new Set([GTIN[tenant]]));
      }
      const units = (kind: Kind) => live[tenant][kind].events.map((response) => noticeOf(kind, response)?.serial.serial as string).sort();
      const unknown = [...Array.from({ length: ROUNDS }, (_, i) => `${tenant}-U${i + 1}`), ...(tenant === "acme" ? ["acme-S1", "acme-S2"] : ["globex-S1"])];
      const recalled = [...Array.from({ length: ROUNDS }, (_, i) => ((i + 1) % 2 === 0 ? "R2" : "R1")), ...(tenant === "acme" ? ["RS1", "RS2"] : ["RS1"])];
      // An unknown unit shipped is UNKNOWN_SERIAL, a recalled one RECALLED_MOVING: one anomaly and one event each.
      expect(units("anomalyDetected")).toEqual([...unknown, ...recalled].sort());
      expect(units("serialEvents")).toEqual([...unknown, ...recalled].sort());
      expect(units("recallAlerts")).toEqual([...recalled].sort());
    }
    console.log(`Two tenants, ${KINDS.length} subscriptions each, one upstream socket: ${delivered} notices delivered, 0 crossed tenants.`);
  });

  it("sends each tenant's job progress to that tenant only, and refuses the other's job id", async () => {
    const jobs = {} as Record<Tenant, string>;
    for (const tenant of TENANTS) {
      const { generateSerials } = (await graphql(hub, hub.token(tenant, "admin"), `mutation { generateSerials(input: { gtin: "${GTIN[tenant]}", count: 45000 }) { job { id } } }`)) as {
        generateSerials: { job: { id: string } };
      };
      jobs[tenant] = generateSerials.job.id;
    }
    const query = (id: string) => `subscription { jobProgress(id: "${id}") { id gtin status done } }`;
    const own = Object.fromEntries(TENANTS.map((tenant) => [tenant, subscribe(tenant, query(jobs[tenant]))])) as Record<Tenant, LiveFeed<Data>>;
    const crossed = { acme: subscribe("acme", query(jobs.globex)), globex: subscribe("globex", query(jobs.acme)) };
    for (const tenant of TENANTS) {
      const refusal = await crossed[tenant].waitFor(() => true, 10_000, "the refusal");
      expect(refusal.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      await own[tenant].waitFor((response) => noticeOf("jobProgress", response)?.status === "DONE", 60_000, `${tenant}'s job to finish`);
      expect(own[tenant].events.map((response) => [response.errors, noticeOf("jobProgress", response)?.id, noticeOf("jobProgress", response)?.gtin])).toEqual(
        own[tenant].events.map(() => [undefined, jobs[tenant], GTIN[tenant]]),
      );
      expect(crossed[tenant].events).toHaveLength(1);
    }
    console.log(`Job progress: ${own.acme.events.length + own.globex.events.length} updates to their own tenant; 2 cross-tenant subscriptions refused (NOT_FOUND).`);
  });
});
