import {
  AcknowledgeAnomalyDocument,
  AnomaliesDocument,
  AnomalyDetectedDocument,
  AnomalyStatsDocument,
  CaptureEventsDocument,
  ConfigureRulesDocument,
  CreateLocationDocument,
  CreateProductDocument,
  RuleSettingsDocument,
  SerialDocument,
  UpdateAnomalyDocument,
  VerifyDocument,
} from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import { commissioning, epcisDocument, objectEvent, sgtin, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const BERLIN = "urn:epc:id:sgln:4012345.00001.0";
const MUNICH = "urn:epc:id:sgln:4012345.00002.0";
const CASE = "urn:epc:id:sscc:4012345.0000000011";
const PALLET = "urn:epc:id:sscc:4012345.0000000022";
const link = (serial: string) => `https://id.gs1.org/01/${WIDGET_GTIN}/21/${serial}`;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** A realistic history ending "now": made in Berlin, packed into a case and a pallet, moved to Munich. */
function supplyChain() {
  const units = ["U1", "U2", "U3"].map((serial) => sgtin(serial));
  return epcisDocument([
    commissioning([...units, sgtin("U4")], minutesAgo(180), { eventID: "urn:uuid:0b6b0f7e-0000-4000-8000-000000000001", bizLocation: { id: BERLIN } }),
    { type: "AggregationEvent", action: "ADD", bizStep: "packing", parentID: CASE, childEPCs: units, eventTime: minutesAgo(170), eventTimeZoneOffset: "+01:00", bizLocation: { id: BERLIN } },
    { type: "AggregationEvent", action: "ADD", bizStep: "packing", parentID: PALLET, childEPCs: [CASE], eventTime: minutesAgo(160), eventTimeZoneOffset: "+01:00", bizLocation: { id: BERLIN } },
    objectEvent({ bizStep: "shipping", disposition: "in_transit", epcList: [PALLET], eventTime: minutesAgo(150), readPoint: { id: BERLIN } }),
    objectEvent({ bizStep: "receiving", disposition: "in_progress", epcList: [PALLET], eventTime: minutesAgo(40), bizLocation: { id: MUNICH } }),
  ]);
}

const SECOND_DECOMMISSION = "urn:uuid:0b6b0f7e-0000-4000-8000-0000000000d2";

describe("anomaly engine through the gateway", () => {
  let hub: TestHub;
  let admin: HubClient;
  let anon: HubClient;

  const open = async () => {
    const { anomalies } = await admin.request(AnomaliesDocument, { first: 100, filter: { statuses: ["NEW", "ACKNOWLEDGED", "INVESTIGATING"] } });
    return anomalies;
  };
  const all = async () => (await admin.request(AnomaliesDocument, { first: 100 })).anomalies.edges.map((edge) => edge.node);

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    anon = hub.client();
    await admin.request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    await admin.request(CreateLocationDocument, { input: { id: BERLIN, name: "Berlin DC", country: "DE", lat: 52.52, lon: 13.405 } });
    await admin.request(CreateLocationDocument, { input: { id: MUNICH, name: "Munich DC", country: "DE", lat: 48.14, lon: 11.58 } });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("streams a mixed history and raises exactly the expected anomalies, live and stored", async () => {
    const brazil = hub.client("acme", "integrator").subscribe(AnomalyDetectedDocument, { filter: { minSeverity: "ALERT", country: "BR" } });
    const firstFromBrazil = brazil.next();
    const guessing = hub.client("acme", "auditor").subscribe(AnomalyDetectedDocument, { filter: { kinds: ["SERIAL_ENUMERATION"] } });
    const enumeration = guessing.next();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const history = supplyChain();
    const chain = await admin.request(CaptureEventsDocument, { epcis: history });
    expect(chain.captureEvents).toMatchObject({ accepted: 5, anomalies: [] });
    // Moving the pallet moved the units of the case inside it.
    expect((await hub.sql<{ status: string; last_country: string }>(`SELECT status, last_country FROM serials.serials WHERE serial = 'U2'`))[0]).toEqual({ status: "ACTIVE", last_country: "DE" });

    // An event naming only the pallet concerns the tenant's units inside it: nothing unknown about them.
    const pallet = await admin.request(CaptureEventsDocument, {
      epcis: epcisDocument([objectEvent({ bizStep: "arriving", epcList: [PALLET], eventTime: minutesAgo(39), bizLocation: { id: MUNICH } })]),
    });
    expect(pallet.captureEvents).toMatchObject({ accepted: 1, anomalies: [] });

    // A clone of U1 scanned in São Paulo 40 minutes after U1 arrived in Munich.
    await anon.request(VerifyDocument, { code: link("U1"), context: { country: "BR", lat: -23.55, lon: -46.63 } });
    expect((await firstFromBrazil).value?.data?.anomalyDetected).toMatchObject({ country: "BR", serial: { serial: "U1", product: { name: "Widget" } } });

    // A double decommission by two sites.
    const decommission = (where: string, minutes: number, eventID?: string) =>
      objectEvent({ action: "DELETE", bizStep: "decommissioning", disposition: "inactive", epcList: [sgtin("U4")], eventTime: minutesAgo(minutes), bizLocation: { id: where }, ...(eventID ? { eventID } : {}) });
    await admin.request(CaptureEventsDocument, { epcis: epcisDocument([decommission(BERLIN, 170)]) });
    const twice = await admin.request(CaptureEventsDocument, { epcis: epcisDocument([decommission(MUNICH, 20, SECOND_DECOMMISSION)]) });
    expect(twice.captureEvents.anomalies.map((anomaly) => anomaly.kind)).toEqual(["DOUBLE_DECOMMISSION"]);

    // A late event: U5 is shipped, and its commissioning (earlier in event time) arrives afterwards.
    const early = await admin.request(CaptureEventsDocument, { epcis: epcisDocument([objectEvent({ bizStep: "shipping", epcList: [sgtin("U5")], eventTime: minutesAgo(10) })]) });
    expect(early.captureEvents.anomalies.map((anomaly) => anomaly.kind)).toEqual(["UNKNOWN_SERIAL"]);
    await admin.request(CaptureEventsDocument, { epcis: epcisDocument([commissioning([sgtin("U5")], minutesAgo(100))]) });

    // The second decommission was a mistake: its error declaration withdraws the anomaly.
    const declaration = { ...decommission(MUNICH, 20, SECOND_DECOMMISSION), errorDeclaration: { declarationTime: new Date().toISOString(), reason: "incorrect_data" } };
    expect((await admin.request(CaptureEventsDocument, { epcis: epcisDocument([declaration]) })).captureEvents.retracted).toBe(1);

    // A client guessing codes.
    for (let i = 0; i < 20; i += 1) {
      await anon.request(VerifyDocument, { code: link(`GUESS${i}`) });
    }
    expect((await enumeration).value?.data?.anomalyDetected).toMatchObject({ kind: "SERIAL_ENUMERATION", severity: "ALERT" });

    // Replaying everything raises nothing new.
    const replay = await admin.request(CaptureEventsDocument, { epcis: history });
    expect(replay.captureEvents).toMatchObject({ accepted: 0, duplicates: 5, anomalies: [] });

    const standing = await open();
    const summary = standing.edges.map(({ node }) => `${node.kind} ${node.serial.serial.startsWith("GUESS") ? "GUESS" : node.serial.serial}`);
    const counts = Object.fromEntries([...new Set(summary)].map((entry) => [entry, summary.filter((other) => other === entry).length]));
    expect(counts).toEqual({
      "IMPOSSIBLE_TRAVEL U1": 1,
      "CONCURRENT_REGIONS U1": 1,
      "MARKET_DIVERSION U1": 1,
      "UNKNOWN_SERIAL GUESS": 20,
      "SERIAL_ENUMERATION GUESS": 1,
    });
    expect(standing.totalCount).toBe(24);
    expect(standing.countsByKind).toEqual(expect.arrayContaining([{ kind: "UNKNOWN_SERIAL", count: 20 }, { kind: "IMPOSSIBLE_TRAVEL", count: 1 }]));

    const withdrawn = (await all()).filter((anomaly) => anomaly.status === "CLOSED");
    expect(withdrawn.map((anomaly) => `${anomaly.kind} ${anomaly.serial.serial}`).sort()).toEqual(["DOUBLE_DECOMMISSION U4", "UNKNOWN_SERIAL U5"]);
    expect(withdrawn[0].closedReason).toMatch(/Withdrawn/);

    const travel = standing.edges.find(({ node }) => node.kind === "IMPOSSIBLE_TRAVEL")?.node;
    expect(travel).toMatchObject({ severity: "ALERT", status: "NEW", ruleVersion: 1, country: "BR", source: MUNICH });
    expect(travel?.eventIds).toHaveLength(2);
    const enumerated = standing.edges.find(({ node }) => node.kind === "SERIAL_ENUMERATION")?.node;
    expect(enumerated?.source).toMatch(/^ip:(?!unknown)/);
    await brazil.return?.();
    await guessing.return?.();
  });

  it("raises UNKNOWN_GTIN once for another brand's GTIN, and never shows that brand's product", async () => {
    const other = "09506000134352";
    await hub.client("globex", "admin").request(CreateProductDocument, { input: { gtin: other, name: "Globex gadget", brand: "Globex", markets: ["US"], warrantyMonths: 6 } });
    const epc = (serial: string) => `https://id.gs1.org/01/${other}/21/${serial}`;
    const first = await admin.request(CaptureEventsDocument, { epcis: epcisDocument([objectEvent({ bizStep: "receiving", epcList: [epc("X1"), epc("X2")] })]) });
    expect(first.captureEvents.anomalies.map((anomaly) => anomaly.kind)).toEqual(["UNKNOWN_GTIN"]);
    const again = await admin.request(CaptureEventsDocument, { epcis: epcisDocument([objectEvent({ bizStep: "shipping", epcList: [epc("X3")] })]) });
    expect(again.captureEvents.anomalies).toEqual([]);
    expect((await admin.request(SerialDocument, { gtin: other, serial: "X1" })).serial).toMatchObject({ serial: "X1", product: null });
    expect((await admin.request(SerialDocument, { gtin: WIDGET_GTIN, serial: "U1" })).serial?.product).toEqual({ gtin: WIDGET_GTIN, name: "Widget" });
  });

  it("counts hotspots by country and kind", async () => {
    const { anomalyStats: byCountry } = await admin.request(AnomalyStatsDocument, { groupBy: "COUNTRY" });
    expect(byCountry).toEqual(expect.arrayContaining([{ key: "BR", count: 3 }]));
    const { anomalyStats: byKind } = await admin.request(AnomalyStatsDocument, { groupBy: "KIND", since: new Date(Date.now() + 60_000).toISOString() });
    expect(byKind).toEqual([]);
  });

  it("moves anomalies through triage, with a reason to close, for the owning tenant only", async () => {
    const [first] = (await open()).edges.map((edge) => edge.node);
    expect((await admin.request(AcknowledgeAnomalyDocument, { id: first.id })).acknowledgeAnomaly.status).toBe("ACKNOWLEDGED");
    await expect(admin.request(UpdateAnomalyDocument, { id: first.id, input: { status: "CLOSED" } })).rejects.toMatchObject({ codes: ["BAD_USER_INPUT"] });
    const closed = await admin.request(UpdateAnomalyDocument, { id: first.id, input: { status: "CLOSED", reason: "false positive: test scan", note: "checked with the shop" } });
    expect(closed.updateAnomaly).toMatchObject({ status: "CLOSED", closedReason: "false positive: test scan", note: "checked with the shop" });
    await expect(hub.client("globex", "admin").request(AcknowledgeAnomalyDocument, { id: first.id })).rejects.toMatchObject({ codes: ["NOT_FOUND"] });
    await expect(hub.client("acme", "service_centre").request(AnomaliesDocument, { first: 5 })).rejects.toMatchObject({ codes: ["FORBIDDEN"] });
    expect((await hub.client("globex", "admin").request(AnomaliesDocument, { first: 5 })).anomalies.totalCount).toBe(0);
  });

  it("configures thresholds per tenant and per product, and refuses nonsense", async () => {
    await admin.request(ConfigureRulesDocument, { input: { maxScanSessions: 3, transitCountries: ["NL"] } });
    const product = await admin.request(ConfigureRulesDocument, { input: { gtin: WIDGET_GTIN, maxScanSessions: 8 } });
    expect(product.configureRules).toMatchObject({ gtin: WIDGET_GTIN, maxScanSessions: 8, transitCountries: ["NL"], maxSpeedKmh: 900 });
    expect((await admin.request(RuleSettingsDocument, {})).ruleSettings).toMatchObject({ gtin: null, maxScanSessions: 3 });
    await expect(admin.request(ConfigureRulesDocument, { input: { maxSpeedKmh: -5 } })).rejects.toMatchObject({ codes: ["BAD_USER_INPUT"], message: expect.stringContaining("maxSpeedKmh") });
    await expect(admin.request(ConfigureRulesDocument, { input: { transitCountries: ["XX"] } })).rejects.toMatchObject({ codes: ["BAD_USER_INPUT"] });
    await expect(hub.client("globex", "admin").request(ConfigureRulesDocument, { input: { gtin: WIDGET_GTIN, maxScanSessions: 1 } })).rejects.toMatchObject({ codes: ["BAD_USER_INPUT"] });
    await expect(hub.client("acme", "integrator").request(ConfigureRulesDocument, { input: { maxScanSessions: 1 } })).rejects.toMatchObject({ codes: ["FORBIDDEN"] });
    expect((await admin.request(RuleSettingsDocument, { gtin: WIDGET_GTIN })).ruleSettings.maxScanSessions).toBe(8);
  });

  it("applies a product's threshold to the next scans: SCAN_COUNT after 8 sessions, not 3", async () => {
    const sessions = async (from: number, to: number) => {
      for (let i = from; i < to; i += 1) {
        await anon.request(VerifyDocument, { code: link("U2"), context: { session: `phone-${i}`, country: "DE" } });
      }
    };
    await sessions(0, 8);
    const kinds = async () => (await admin.request(AnomaliesDocument, { first: 10, filter: { kinds: ["SCAN_COUNT"] } })).anomalies.totalCount;
    expect(await kinds()).toBe(0);
    await sessions(8, 9);
    expect(await kinds()).toBe(1);
  });
});
