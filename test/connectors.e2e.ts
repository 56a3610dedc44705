import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CaptureEventsDocument, ConfigureConnectorDocument, ConnectorsDocument, CreateProductDocument, SerialDocument } from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import type { Connector, ConnectorEvent } from "../connectors/core/connector";
import { basicAuth, bearer, shipheroHeaders, standardWebhookHeaders } from "../connectors/core/signers";
import { netsuiteConnector } from "../connectors/netsuite/netsuite.connector";
import { startFakeOData, type FakeOData } from "../connectors/sap/events/fake-odata";
import { shipheroConnector } from "../connectors/wms/shiphero.connector";
import { wmsConnector } from "../connectors/wms/wms.connector";
import { commissioning, epcisDocument } from "../lib/testing/epcis-fixtures";
import { connectorFixture, drained, gtinOf, post, until } from "../lib/testing/ingest";
import { projectPath } from "../lib/paths";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const whsec = () => `whsec_${randomBytes(32).toString("base64")}`;
const shared = () => randomBytes(24).toString("hex");

interface Sample {
  connector: string;
  fixture: string;
  body: string;
  headers: Record<string, string>;
  events: ConnectorEvent[];
}

/**
 * What a connector makes of a fixture: the expected events, checked by the connector's own golden
 * tests. Events whose time is the hub's receive time (ShipHero sends none) get a null time here.
 */
function eventsOf(connector: Connector<never>, body: string, headers: Record<string, string>): ConnectorEvent[] {
  const parse = (receivedAt: Date) => {
    const result = connector.parse({ rawBody: Buffer.from(body), headers, options: connector.validateOptions(undefined as never), receivedAt });
    if (result.kind !== "events") {
      throw new Error(`expected events, got ${result.kind}`);
    }
    return result.events;
  };
  const other = parse(new Date("2030-01-01T00:00:00Z"));
  return parse(new Date()).map((event, i) => (event.eventTime === other[i].eventTime ? event : { ...event, eventTime: "" }));
}

const fixtures = (folder: string) => readdirSync(projectPath(folder, "fixtures")).filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"));

describe("every connector, end to end through the front door", () => {
  let hub: TestHub;
  let admin: HubClient;
  let odata: FakeOData;
  const secrets = { netsuite: whsec(), shiphero: shared(), wms: whsec(), sapEvents: shared(), sapIdoc: shared(), epcis: shared() };
  const odataPassword = `odata-${shared()}`;
  const skuGtins = new Map<string, string>();
  const samples: Sample[] = [];

  const gtinOfEvent = (event: ConnectorEvent) => event.item.gtin ?? (skuGtins.get(event.item.sku as string) as string);
  const eventIdsOf = async (gtin: string, serial: string) => {
    const rows = await hub.sql<{ event_id: string }>(`SELECT event_id FROM serials.event_serials WHERE tenant_id = 'acme' AND gtin = $1 AND serial = $2`, [gtin, serial]);
    return rows.map((row) => row.event_id);
  };

  beforeAll(async () => {
    for (const name of fixtures("connectors/netsuite")) {
      const body = connectorFixture("netsuite", name);
      const headers = { "content-type": "application/json", ...standardWebhookHeaders(secrets.netsuite, `msg_ns_${name}`, body) };
      samples.push({ connector: "netsuite", fixture: name, body, headers, events: eventsOf(netsuiteConnector as Connector<never>, body, headers) });
    }
    for (const name of fixtures("connectors/wms")) {
      const body = connectorFixture("wms", name);
      const shipbob = name.startsWith("shipbob");
      const headers = shipbob
        ? { "content-type": "application/json", "x-webhook-topic": "order.shipped", ...standardWebhookHeaders(secrets.wms, `msg_sb_${name}`, body) }
        : { "content-type": "application/json", ...shipheroHeaders(secrets.shiphero, body, `sh-${name}`) };
      const connector = (shipbob ? wmsConnector : shipheroConnector) as Connector<never>;
      samples.push({ connector: shipbob ? "wms" : "shiphero", fixture: name, body, headers, events: eventsOf(connector, body, headers) });
    }
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    const items = samples.flatMap((sample) => sample.events.map((event) => event.item));
    const gtins = new Set(items.flatMap((item) => (item.gtin ? [item.gtin] : [])));
    const skus = [...new Set(items.flatMap((item) => (item.sku ? [item.sku] : [])))];
    skus.forEach((sku, i) => skuGtins.set(sku, gtinOf(`0609876${String(54000 + i).padStart(6, "0")}`)));
    for (const gtin of ["04012345111118", ...gtins]) {
      await admin.request(CreateProductDocument, { input: { gtin, name: `Product ${gtin}`, brand: "Acme", markets: ["US", "DE"], warrantyMonths: 12 } });
    }
    for (const [sku, gtin] of skuGtins) {
      await admin.request(CreateProductDocument, { input: { gtin, name: sku, brand: "Acme", markets: ["US", "DE"], warrantyMonths: 12, skus: [sku] } });
    }
    if (!skuGtins.has("300146")) {
      const gtin = gtinOf("0609876599999");
      skuGtins.set("300146", gtin);
      await admin.request(CreateProductDocument, { input: { gtin, name: "Pump set", brand: "Acme", markets: ["DE"], warrantyMonths: 12, skus: ["300146"] } });
    }
    // Units that connectors ship, receive or sell were commissioned at production.
    const units = samples.flatMap((sample) => sample.events.filter((event) => event.kind !== "commissioning").map((event) => `https://id.gs1.org/01/${gtinOfEvent(event)}/21/${encodeURIComponent(event.serial)}`));
    const sapUnits = ["A1F301", "A1F302", "A1F303"].map((serial) => `https://id.gs1.org/01/04012345111118/21/${serial}`);
    const sapSkuUnits = ["B77001", "B77002"].map((serial) => `https://id.gs1.org/01/${skuGtins.get("300146")}/21/${serial}`);
    const { captureEvents } = await hub.client("acme", "integrator").request(CaptureEventsDocument, {
      epcis: epcisDocument([commissioning([...new Set([...units, ...sapUnits, ...sapSkuUnits])], "2025-01-02T08:00:00Z")]),
    });
    expect(captureEvents.errors).toEqual([]);

    odata = await startFakeOData({ "80012345": (JSON.parse(connectorFixture("sap/events", "odata-delivery-80012345.json")) as { d: unknown }).d }, { user: "HUB", password: odataPassword });
    const configure = (connector: string, connectorSecrets: string[], options?: Record<string, unknown>) =>
      admin.request(ConfigureConnectorDocument, { input: { connector, secrets: connectorSecrets, options } });
    await configure("netsuite", [secrets.netsuite]);
    await configure("shiphero", [secrets.shiphero]);
    await configure("wms", [secrets.wms]);
    await configure("sap-idoc", [secrets.sapIdoc]);
    await configure("epcis", [secrets.epcis]);
    await configure("sap-events", [secrets.sapEvents], { odataBaseUrl: odata.url, odataUser: "HUB", odataPassword });
  });

  afterAll(async () => {
    await hub?.stop();
    await odata?.close();
  });

  it("stores and hands on every fixture of NetSuite, ShipHero and ShipBob, posted newest first and twice, each event exactly once", async () => {
    // Newest fixture first (a return before its shipment), so states must be folded by event time, not arrival.
    for (const sample of [...samples].reverse()) {
      const answer = await post(`${hub.url}/webhooks/acme/${sample.connector}`, sample.body, sample.headers);
      expect({ fixture: sample.fixture, http: answer.status, status: answer.body.status }).toEqual({ fixture: sample.fixture, http: 200, status: "accepted" });
      if (sample.connector === "shiphero") {
        expect(answer.body).toMatchObject({ code: "200", Status: "Success" });
      }
    }
    for (const sample of samples) {
      const again = await post(`${hub.url}/webhooks/acme/${sample.connector}`, sample.body, sample.headers);
      expect({ fixture: sample.fixture, status: again.body.status }).toEqual({ fixture: sample.fixture, status: "duplicate" });
    }
    await drained(hub);
    expect(await hub.sql(`SELECT connector, delivery_id, last_error FROM ingest.inbox WHERE status <> 'done'`)).toEqual([]);
    const latest = new Map<string, number>();
    for (const sample of samples) {
      for (const event of sample.events) {
        const ids = await eventIdsOf(gtinOfEvent(event), event.serial);
        expect({ fixture: sample.fixture, serial: event.serial, stored: ids.filter((id) => id === event.eventId).length }).toEqual({ fixture: sample.fixture, serial: event.serial, stored: 1 });
        const key = `${gtinOfEvent(event)} ${event.serial}`;
        // A unit with an event timed on receipt has no time this test can predict.
        latest.set(key, event.eventTime === "" || latest.get(key) === -1 ? -1 : Math.max(latest.get(key) ?? 0, Date.parse(event.eventTime)));
      }
    }
    const integrator = hub.client("acme", "integrator");
    const predictable = [...latest].filter(([, time]) => time !== -1);
    expect(predictable.length).toBeGreaterThan(10);
    for (const [key, time] of predictable) {
      const [gtin, serial] = key.split(" ");
      const { serial: unit } = await integrator.request(SerialDocument, { gtin, serial });
      expect({ key, lastEventTime: unit?.lastEventTime }).toEqual({ key, lastEventTime: new Date(time).toISOString() });
    }
    const built = samples.find((sample) => sample.fixture === "assembly-build.json")?.events[0] as ConnectorEvent;
    const unit = await hub.client("acme", "integrator").request(SerialDocument, { gtin: gtinOfEvent(built), serial: built.serial });
    expect(unit.serial).toMatchObject({ status: "ACTIVE", lastBizStep: "commissioning" });
  });

  it("enriches an SAP GIStatusChanged event from OData, retrying while OData is down, with the sealed credentials", async () => {
    const idoc = connectorFixture("sap", "desadv-two-items.xml");
    expect((await post(`${hub.url}/webhooks/acme/sap-idoc`, idoc, { "content-type": "application/xml", ...basicAuth(secrets.sapIdoc) })).status).toBe(200);
    await drained(hub);
    odata.failNext(2);
    const cloudEvent = connectorFixture("sap/events", "cloudevent-gi-status-changed.json");
    const answer = await post(`${hub.url}/webhooks/acme/sap-events`, cloudEvent, { "content-type": "application/cloudevents+json", ...basicAuth(secrets.sapEvents, "EVENTMESH") });
    expect(answer).toMatchObject({ status: 200, body: { status: "accepted" } });
    const [row] = await until("the event to be enriched and handed on", async () => {
      const rows = await hub.sql<{ status: string; attempts: number; outcome: Record<string, number> }>(
        `SELECT status, attempts, outcome FROM ingest.inbox WHERE connector = 'sap-events'`,
      );
      return rows[0]?.status === "done" ? rows : undefined;
    });
    // Two 503s, then the read; the same delivery sent as an IDoc already stored these shipping events.
    expect(row.attempts).toBe(3);
    expect(row.outcome).toEqual({ accepted: 0, duplicates: 5, retracted: 0 });
    expect(odata.requests.map((request) => request.authorization)).toEqual(Array(3).fill(`Basic ${Buffer.from(`HUB:${odataPassword}`).toString("base64")}`));
    expect(odata.requests[2].url).toContain("A_OutbDeliveryHeader('80012345')");
    const { connectors } = await admin.request(ConnectorsDocument);
    const sapEvents = connectors.find((entry) => entry.connector === "sap-events");
    expect(sapEvents).toMatchObject({ sealedOptions: ["odataPassword"], options: { odataUser: "HUB" } });
    expect(JSON.stringify(connectors)).not.toContain(odataPassword);
    // The CloudEvents webhook handshake (SAP Event Mesh) is answered without a secret and stores nothing.
    const handshake = await fetch(`${hub.url}/webhooks/acme/sap-events`, { method: "OPTIONS", headers: { "webhook-request-origin": "eventmesh.sap.example" } });
    expect(handshake.headers.get("webhook-allowed-origin")).toBe("eventmesh.sap.example");
  });

  it("takes EPCIS documents from a partner on /webhooks/{tenant}/epcis with the bearer secret", async () => {
    const examples = join(projectPath("test/fixtures/epcis"));
    const document = JSON.parse(readFileSync(join(examples, "Example_9.6.1-ObjectEvent.jsonld"), "utf8")) as Record<string, unknown>;
    const url = `${hub.url}/webhooks/acme/epcis`;
    expect((await post(url, JSON.stringify(document), { "content-type": "application/ld+json", ...basicAuth(secrets.epcis) })).status).toBe(401);
    const answer = await post(url, JSON.stringify(document), { "content-type": "application/ld+json", ...bearer(secrets.epcis) });
    expect(answer).toMatchObject({ status: 200, body: { status: "accepted" } });
    const again = await post(url, JSON.stringify(document), { "content-type": "application/ld+json", ...bearer(secrets.epcis) });
    expect(again).toMatchObject({ status: 200, body: { status: "duplicate" } });
    await drained(hub);
    const [row] = await hub.sql<{ status: string; outcome: Record<string, number> }>(`SELECT status, outcome FROM ingest.inbox WHERE connector = 'epcis'`);
    const eventCount = (document.epcisBody as { eventList: unknown[] }).eventList.length;
    expect(row).toEqual({ status: "done", outcome: { accepted: eventCount, duplicates: 0, retracted: 0 } });
  });
});
