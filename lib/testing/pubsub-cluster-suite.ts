import type { HubClient } from "../../clients/client";
import {
  AnomalyDetectedDocument,
  CaptureEventsDocument,
  CreateProductDocument,
  ProductDocument,
  SerialEventsDocument,
  type AnomalyDetectedSubscription,
} from "../../clients/generated/graphql";
import { SUBGRAPH_MODULES } from "../../hub";
import { epcisDocument, sgtin, shipping, WIDGET_GTIN } from "./epcis-fixtures";
import { LiveFeed } from "./live-feed";
import { startTestHub, startTestHubs, type TestHub } from "./test-hub";

const GADGET_GTIN = "04012345111118";
const EPC: Record<string, (serial: string) => string> = {
  acme: (serial) => sgtin(serial),
  globex: (serial) => `urn:epc:id:sgtin:4012345.011111.${serial}`,
};

type AnomalyResponse = { data?: AnomalyDetectedSubscription | null };
const anomalySerial = (response: AnomalyResponse) => response.data?.anomalyDetected.serial.serial ?? "";
const isAnomalyProbe = (response: AnomalyResponse) => anomalySerial(response).startsWith("PROBE-");

/**
 * Two hub processes of one deployment (one database, one pub/sub channel, and whatever
 * `env` adds, e.g. one Redis): what a subscriber on one gateway sees of work done on the other.
 */
export function pubSubClusterSuite(env: () => Record<string, string>): void {
  let a: TestHub;
  let b: TestHub;
  const feeds: LiveFeed<unknown>[] = [];
  const writers = new Map<string, HubClient>();
  let probes = 0;

  /** Captures through hub B, the other process. */
  const captureOnB = async (tenant: string, serial: string) => {
    if (!writers.has(tenant)) {
      writers.set(tenant, b.client(tenant, "admin"));
    }
    const epcis = epcisDocument([shipping([EPC[tenant](serial)], "2025-03-01T12:00:00Z")]);
    const { captureEvents } = await (writers.get(tenant) as HubClient).request(CaptureEventsDocument, { epcis });
    expect(captureEvents.errors).toEqual([]);
  };
  const probeOnB = (tenant: string) => () => captureOnB(tenant, `PROBE-${(probes += 1)}`);
  const watch = <T>(feed: LiveFeed<T>) => {
    feeds.push(feed as LiveFeed<unknown>);
    return feed;
  };

  beforeAll(async () => {
    [a, b] = await startTestHubs(2, env());
    await a.client("acme", "admin").request(CreateProductDocument, {
      input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 },
    });
    await b.client("globex", "admin").request(CreateProductDocument, {
      input: { gtin: GADGET_GTIN, name: "Gadget", brand: "Globex", markets: ["US"], warrantyMonths: 12 },
    });
  });

  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.close()));
    await b?.stop();
    await a?.stop();
  });

  it("boots replicas together and later on one database, applying each migration once", async () => {
    const late = await startTestHub({}, { shareWith: a });
    try {
      for (const module of Object.values(SUBGRAPH_MODULES)) {
        const rows = await late.sql<{ name: string }>(`SELECT name FROM "${module.dbSchema}".migrations ORDER BY name`);
        expect([module.name, rows.map((row) => row.name)]).toEqual([module.name, module.migrations.map((migration) => migration.name).sort()]);
      }
      const { product } = await late.client("acme", "integrator").request(ProductDocument, { gtin: WIDGET_GTIN });
      expect(product?.name).toBe("Widget");
    } finally {
      await late.stop();
    }
  });

  it("delivers anomalies and events captured through hub B to a subscriber on hub A's gateway", async () => {
    const anomalies = watch(new LiveFeed(a.client("acme", "integrator").subscribe(AnomalyDetectedDocument, {})));
    const events = watch(new LiveFeed(a.client("acme", "integrator").subscribe(SerialEventsDocument, { filter: { gtin: WIDGET_GTIN } })));
    await anomalies.ready(probeOnB("acme"), isAnomalyProbe);
    await events.ready(probeOnB("acme"), (response) => Boolean(response.data?.serialEvents.serial.serial.startsWith("PROBE-")));

    await captureOnB("acme", "CLUSTER-1");
    const anomaly = await anomalies.waitFor((response) => anomalySerial(response) === "CLUSTER-1", 5000, "the anomaly");
    expect(anomaly.errors).toBeUndefined();
    expect(anomaly.data?.anomalyDetected).toMatchObject({
      kind: "UNKNOWN_SERIAL",
      serial: { gtin: WIDGET_GTIN, serial: "CLUSTER-1", status: "UNCOMMISSIONED", product: { name: "Widget" } },
    });
    const notice = await events.waitFor((response) => response.data?.serialEvents.serial.serial === "CLUSTER-1", 5000, "the event");
    expect(notice.errors).toBeUndefined();
    expect(notice.data?.serialEvents).toMatchObject({
      role: "epc",
      serial: { gtin: WIDGET_GTIN, serial: "CLUSTER-1", product: { name: "Widget" } },
      event: { type: "ObjectEvent", bizStep: "shipping", eventTime: "2025-03-01T12:00:00.000Z" },
    });
    const [row] = await a.sql<{ event_id: string }>(
      "SELECT event_id FROM serials.event_serials WHERE tenant_id = 'acme' AND serial = 'CLUSTER-1'",
    );
    expect(notice.data?.serialEvents.event.eventId).toBe(row.event_id);
  });

  it("keeps two tenants subscribed on one gateway apart while both capture through the other", async () => {
    const acme = watch(new LiveFeed(a.client("acme", "auditor").subscribe(AnomalyDetectedDocument, {})));
    const globex = watch(new LiveFeed(a.client("globex", "auditor").subscribe(AnomalyDetectedDocument, {})));
    await Promise.all([acme.ready(probeOnB("acme"), isAnomalyProbe), globex.ready(probeOnB("globex"), isAnomalyProbe)]);

    // Each tenant's last anomaly is captured after the other tenant's: once it has arrived,
    // a leaked anomaly of the other tenant would have arrived before it.
    await captureOnB("acme", "TENANT-A1");
    await captureOnB("globex", "TENANT-G1");
    await captureOnB("acme", "TENANT-A2");
    await globex.waitFor((response) => anomalySerial(response) === "TENANT-G1", 5000, "globex's sentinel");
    await acme.waitFor((response) => anomalySerial(response) === "TENANT-A2", 5000, "acme's sentinel");

    expect(acme.events.map(anomalySerial)).toEqual(["TENANT-A1", "TENANT-A2"]);
    expect(globex.events.map(anomalySerial)).toEqual(["TENANT-G1"]);
    expect(globex.events[0].data?.anomalyDetected.serial).toMatchObject({ gtin: GADGET_GTIN, product: { name: "Gadget" } });
  });
}
