import type { HubClient } from "../clients/client";
import {
  AnomaliesDocument,
  CaptureEventsDocument,
  ConfigureWarrantyDocument,
  CreateProductDocument,
  GenerateSerialsDocument,
  LogRepairDocument,
  OpenWarrantyClaimDocument,
  PartHistoryDocument,
  RegisterSaleDocument,
  WarrantyStatusDocument,
} from "../clients/generated/graphql";
import { commissioning, epcisDocument, objectEvent, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const PART_GTIN = "09520123456788";
const device = (serial: string) => `https://id.gs1.org/01/${WIDGET_GTIN}/21/${serial}`;
const part = (serial: string, gtin = PART_GTIN) => `https://id.gs1.org/01/${gtin}/21/${serial}`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe("warranty: repairs and part swaps", () => {
  let hub: TestHub;
  let admin: HubClient;
  let centre: HubClient;

  const capture = (events: unknown[]) => admin.request(CaptureEventsDocument, { epcis: epcisDocument(events) });
  const repair = (unit: string, partsReplaced: { removed?: string | null; installed: string }[], client = centre) =>
    client.request(LogRepairDocument, { input: { code: device(unit), serviceCentre: "acme-user", actions: ["Replaced the battery."], partsReplaced } });
  const history = async (gtin: string, serial: string) => (await admin.request(PartHistoryDocument, { gtin, serial })).serial;
  const componentsOf = async (unit: string) => ((await history(WIDGET_GTIN, unit))?.components ?? []).map((link) => link.component.serial);
  const anomaliesOf = async (kind: "COUNTERFEIT_PART" | "PART_ALREADY_INSTALLED", serial: string) =>
    (await admin.request(AnomaliesDocument, { first: 50, filter: { kinds: [kind] } })).anomalies.edges.map((edge) => edge.node).filter((node) => node.serial.serial === serial);

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    centre = hub.client("acme", "service_centre");
    await admin.request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Phone", brand: "Acme", markets: ["DE"], warrantyMonths: 24 } });
    await admin.request(CreateProductDocument, { input: { gtin: PART_GTIN, name: "Battery", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    await capture([
      commissioning(["D1", "D2", "D3", "D4"].map(device), "2025-01-02T08:00:00Z"),
      commissioning(["P1", "P2", "P3", "P4", "P5", "P6", "P7"].map((serial) => part(serial)), "2025-01-02T07:00:00Z"),
      // The factory fitted P1 in D1 and P6 in D3.
      { type: "AssociationEvent", action: "ADD", bizStep: "assembling", parentID: device("D1"), childEPCs: [part("P1")], eventTime: "2025-01-02T09:00:00Z", eventTimeZoneOffset: "+00:00" },
      { type: "AssociationEvent", action: "ADD", bizStep: "assembling", parentID: device("D3"), childEPCs: [part("P6")], eventTime: "2025-01-02T09:00:00Z", eventTimeZoneOffset: "+00:00" },
    ]);
    for (const unit of ["D1", "D2", "D3", "D4"]) {
      await admin.request(RegisterSaleDocument, { input: { code: device(unit), soldAt: daysAgo(30), channel: "store", orderRef: `SO-${unit}` } });
    }
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("portal flow: scan, status, claim, repair with a part swap, and the part's history shows where it went", async () => {
    const scanned = `]d201${WIDGET_GTIN}21D1`;
    const before = (await centre.request(WarrantyStatusDocument, { code: scanned })).warrantyStatus;
    expect(before).toMatchObject({ genuine: true, coverage: "ACTIVE", flags: [], serial: { status: "SOLD", components: [{ component: { serial: "P1" } }] } });

    const { openWarrantyClaim } = await centre.request(OpenWarrantyClaimDocument, { input: { code: scanned, serviceCentre: "acme-user", problem: "Battery swells." } });
    expect(openWarrantyClaim.decision).toBe("ACCEPTED");

    const { logRepair } = await repair("D1", [{ removed: part("P1"), installed: part("P2") }]);
    expect(logRepair).toMatchObject({
      accepted: true,
      flags: [],
      message: "Repair recorded.",
      closedClaim: { id: openWarrantyClaim.claim.id, status: "CLOSED" },
      repair: { accepted: true, claimId: openWarrantyClaim.claim.id, parts: [{ removed: { serial: "P1" }, installed: { serial: "P2" }, problems: [], previouslyIn: null }] },
    });
    expect(logRepair.repair.eventIds).toHaveLength(2);

    const after = (await centre.request(WarrantyStatusDocument, { code: scanned })).warrantyStatus;
    expect(after.flags).toEqual(["PART_SWAPS"]);
    expect(after.claims).toMatchObject([{ status: "CLOSED", repairId: logRepair.repair.id }]);
    expect(after.repairs.map((entry) => entry.id)).toEqual([logRepair.repair.id]);
    expect(after.serial?.components.map((link) => link.component.serial)).toEqual(["P2"]);

    const installed = await history(PART_GTIN, "P2");
    expect(installed?.installedIn).toMatchObject({ eventId: logRepair.repair.eventIds[1], parent: { gtin: WIDGET_GTIN, serial: "D1", status: "SOLD" } });
    expect(installed?.events.edges.map((edge) => edge.node).at(-1)).toMatchObject({ type: "AssociationEvent", action: "ADD", bizStep: "installing", parentId: device("D1") });
    const removed = await history(PART_GTIN, "P1");
    expect(removed?.installedIn).toBeNull();
    expect(removed?.events.edges.map((edge) => edge.node).at(-1)).toMatchObject({ type: "AssociationEvent", action: "DELETE", bizStep: "removing" });
    expect((await history(WIDGET_GTIN, "D1"))?.openAnomalyCount).toBe(0);
  });

  it("refuses an unknown part under the default policy, records nothing and raises COUNTERFEIT_PART", async () => {
    const { logRepair } = await repair("D2", [{ installed: part("GHOST-1") }, { installed: part("X1", "04012345111118") }]);
    expect(logRepair).toMatchObject({
      accepted: false,
      flags: [`PART_UNKNOWN: (01)${PART_GTIN}(21)GHOST-1`, "PART_UNKNOWN: (01)04012345111118(21)X1"],
      repair: { eventIds: [], parts: [{ problems: ["UNKNOWN"] }, { problems: ["UNKNOWN"] }] },
    });
    expect(logRepair.message).toContain("refused");
    expect(await componentsOf("D2")).toEqual([]);
    expect(await anomaliesOf("COUNTERFEIT_PART", "GHOST-1")).toMatchObject([{ severity: "ALERT", source: "acme-user" }]);
  });

  it("refuses a part whose signature was forged, raising a CRITICAL COUNTERFEIT_PART", async () => {
    const { generateSerials } = await admin.request(GenerateSerialsDocument, { input: { gtin: PART_GTIN, count: 1, commission: true } });
    const genuine = generateSerials.serials[0];
    const forged = genuine.digitalLink.replace(/8030=([A-Za-z0-9_-])/, (_, first: string) => `8030=${first === "A" ? "B" : "A"}`);
    const { logRepair } = await repair("D2", [{ installed: forged }]);
    expect(logRepair).toMatchObject({ accepted: false, repair: { parts: [{ problems: ["NOT_GENUINE"] }] } });
    expect(await anomaliesOf("COUNTERFEIT_PART", genuine.serial)).toMatchObject([{ severity: "CRITICAL" }]);
  });

  it("refuses a part installed in another unit, or accepts it with a flag when the policy says so; it moves units", async () => {
    const refused = await repair("D2", [{ installed: part("P6") }]);
    expect(refused.logRepair).toMatchObject({
      accepted: false,
      flags: [`PART_ALREADY_INSTALLED: (01)${PART_GTIN}(21)P6 is in (01)${WIDGET_GTIN}(21)D3`],
      repair: { parts: [{ problems: ["ALREADY_INSTALLED"], previouslyIn: { serial: "D3" } }] },
    });
    expect(await componentsOf("D3")).toEqual(["P6"]);
    expect(await anomaliesOf("PART_ALREADY_INSTALLED", "P6")).toHaveLength(1);

    await admin.request(ConfigureWarrantyDocument, { input: { suspectPartPolicy: "ACCEPT_WITH_FLAG" } });
    try {
      const flagged = await repair("D2", [{ installed: part("P6") }]);
      expect(flagged.logRepair).toMatchObject({ accepted: true, message: "Repair recorded, with flags." });
      expect(await componentsOf("D2")).toEqual(["P6"]);
      expect(await componentsOf("D3")).toEqual([]);
      expect((await history(PART_GTIN, "P6"))?.installedIn?.parent.serial).toBe("D2");
      expect(await anomaliesOf("PART_ALREADY_INSTALLED", "P6")).toHaveLength(2);
    } finally {
      await admin.request(ConfigureWarrantyDocument, { input: { suspectPartPolicy: null } });
    }
  });

  it("refuses a recalled part whatever the policy", async () => {
    await capture([objectEvent({ bizStep: "holding", disposition: "recalled", epcList: [part("P5")], eventTime: daysAgo(1) })]);
    await admin.request(ConfigureWarrantyDocument, { input: { suspectPartPolicy: "ACCEPT_WITH_FLAG" } });
    try {
      const { logRepair } = await repair("D4", [{ installed: part("P5") }]);
      expect(logRepair).toMatchObject({ accepted: false, flags: [`PART_RECALLED: (01)${PART_GTIN}(21)P5`], repair: { parts: [{ problems: ["RECALLED"] }] } });
      expect(await componentsOf("D4")).toEqual([]);
    } finally {
      await admin.request(ConfigureWarrantyDocument, { input: { suspectPartPolicy: null } });
    }
  });

  it("does not take a removed part out of the unit it is really in", async () => {
    const { logRepair } = await repair("D4", [{ removed: part("P2"), installed: part("P3") }]);
    expect(logRepair).toMatchObject({ accepted: true, flags: [`REMOVED_PART_IN_OTHER_UNIT: (01)${PART_GTIN}(21)P2 is in (01)${WIDGET_GTIN}(21)D1`] });
    expect(await componentsOf("D1")).toEqual(["P2"]);
    expect(await componentsOf("D4")).toEqual(["P3"]);
  });

  it("empties a unit when an association DELETE names no parts, as EPCIS means it", async () => {
    await capture([{ type: "AssociationEvent", action: "DELETE", bizStep: "disassembling", parentID: device("D3"), eventTime: daysAgo(0.5), eventTimeZoneOffset: "+00:00" }]);
    await capture([{ type: "AssociationEvent", action: "ADD", bizStep: "assembling", parentID: device("D3"), childEPCs: [part("P4")], eventTime: daysAgo(0.4), eventTimeZoneOffset: "+00:00" }]);
    expect(await componentsOf("D3")).toEqual(["P4"]);
    await capture([{ type: "AssociationEvent", action: "DELETE", bizStep: "disassembling", parentID: device("D3"), eventTime: daysAgo(0.3), eventTimeZoneOffset: "+00:00" }]);
    expect(await componentsOf("D3")).toEqual([]);
    expect((await history(PART_GTIN, "P4"))?.installedIn).toBeNull();
  });

  it("logs a repair without parts, recording no event", async () => {
    const { logRepair } = await repair("D4", []);
    expect(logRepair).toMatchObject({ accepted: true, flags: [], repair: { eventIds: [], parts: [] } });
  });

  it.each([
    [{ partsReplaced: [{ installed: device("D4") }] }, "BAD_USER_INPUT", "input.partsReplaced[0].installed"],
    [{ partsReplaced: [{ installed: part("P7") }, { removed: part("P7"), installed: part("P4") }] }, "BAD_USER_INPUT", "input.partsReplaced[1].removed"],
    [{ partsReplaced: [{ installed: `(01)${PART_GTIN.slice(0, 13)}1(21)P7` }] }, "BAD_CODE", "input.partsReplaced[0].installed"],
    [{ actions: [] }, "BAD_USER_INPUT", "input.actions"],
    [{ actions: ["ok", ""] }, "BAD_USER_INPUT", "input.actions[1]"],
    [{ code: device("NOPE") }, "NOT_FOUND", "input.code"],
  ])("refuses %j with %s naming %s, writing nothing", async (change, code, field) => {
    const count = async () => Number((await hub.sql<{ n: string }>("SELECT count(*) AS n FROM warranty.repairs"))[0].n);
    const events = async () => Number((await hub.sql<{ n: string }>("SELECT count(*) AS n FROM serials.events"))[0].n);
    const [repairs, stored] = [await count(), await events()];
    const result = await centre.execute(LogRepairDocument, { input: { code: device("D4"), serviceCentre: "acme-user", actions: ["x"], partsReplaced: [], ...change } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code, field } });
    expect([await count(), await events()]).toEqual([repairs, stored]);
  });
});
