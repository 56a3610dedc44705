import { randomUUID } from "node:crypto";
import { HubClient } from "../clients/client";
import {
  AnomaliesDocument,
  AnomalyDetectedDocument,
  CaptureEventsDocument,
  CheckReturnDocument,
  CloseWarrantyClaimDocument,
  ConfigureWarrantyDocument,
  CreateProductDocument,
  GenerateSerialsDocument,
  OpenWarrantyClaimDocument,
  PartHistoryDocument,
  RegisterSaleDocument,
  WarrantyClaimsDocument,
  WarrantyStatusDocument,
} from "../clients/generated/graphql";
import { signToken } from "../lib/auth/token";
import { commissioning, epcisDocument, objectEvent, sgtin, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { LiveFeed } from "../lib/testing/live-feed";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const link = (serial: string, gtin = WIDGET_GTIN) => `https://id.gs1.org/01/${gtin}/21/${serial}`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe("warranty: claims and returns", () => {
  let hub: TestHub;
  let admin: HubClient;
  let centre: HubClient;

  const capture = (events: unknown[]) => admin.request(CaptureEventsDocument, { epcis: epcisDocument(events) });
  const sell = (serial: string, orderRef: string, soldAt = daysAgo(10), extra: Record<string, unknown> = {}) =>
    admin.request(RegisterSaleDocument, { input: { code: link(serial), soldAt: soldAt.toISOString(), channel: "store", orderRef, ...extra } });
  const claim = (serial: string, serviceCentre = "acme-user", client = centre) =>
    client.request(OpenWarrantyClaimDocument, { input: { code: link(serial), serviceCentre, problem: "Does not power on." } });

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    centre = hub.client("acme", "service_centre");
    await admin.request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE", "FR"], warrantyMonths: 24 } });
    await capture([commissioning(Array.from({ length: 40 }, (_, i) => sgtin(`W${i}`)), "2024-01-02T08:00:00Z")]);
    await sell("W4", "SO-104");
    await capture([objectEvent({ bizStep: "holding", disposition: "stolen", epcList: [sgtin("W4")], eventTime: daysAgo(1).toISOString() })]);
  });

  const centres: HubClient[] = [];
  /** A service centre's token: its subject is its centre. */
  const centreClient = (sub: string, tenant = "acme") => {
    const client = new HubClient({ url: hub.url, token: signToken(hub.config.jwtSecret, { sub, tenant, roles: ["service_centre"] }) });
    centres.push(client);
    return client;
  };

  afterAll(async () => {
    await Promise.all(centres.map((client) => client.close()));
    await hub?.stop();
  });

  describe("claims", () => {
    it("accepts a claim on a covered unit and keeps it", async () => {
      await sell("W10", "SO-110");
      const { openWarrantyClaim } = await centre.request(OpenWarrantyClaimDocument, {
        input: { code: link("W10"), serviceCentre: "acme-user", problem: "Screen flickers.", photos: ["https://photos.example/w10.jpg"] },
      });
      expect(openWarrantyClaim).toMatchObject({
        decision: "ACCEPTED",
        reason: null,
        flaggedDuplicate: false,
        claim: { decision: "ACCEPTED", status: "OPEN", serviceCentre: "acme-user", photos: ["https://photos.example/w10.jpg"] },
      });
      expect(openWarrantyClaim.message).toMatch(/^Accepted: covered until \d{4}-\d{2}-\d{2} \(\d+ days left\)\.$/);
      const { warrantyStatus } = await centre.request(WarrantyStatusDocument, { code: link("W10") });
      expect(warrantyStatus.claims.map((entry) => entry.id)).toEqual([openWarrantyClaim.claim.id]);
      expect(warrantyStatus.flags).toContain("OPEN_CLAIM");
    });

    it.each([
      ["NOT_COVERED", "an unsold unit", async () => "W11"],
      ["EXPIRED", "a unit sold three years ago", async () => (await sell("W12", "SO-112", daysAgo(3 * 366)), "W12")],
      ["UNIT_SUSPECT", "a stolen unit", async () => "W4"],
      ["NOT_COVERED", "a code naming no unit", async () => "GHOST"],
    ])("rejects with %s: %s", async (reason, _name, unit) => {
      const serial = await unit();
      const { openWarrantyClaim } = await claim(serial);
      expect(openWarrantyClaim).toMatchObject({ decision: "REJECTED", reason, claim: { status: "REJECTED", reason } });
    });

    it("rejects a code whose signature was forged as UNIT_SUSPECT", async () => {
      const { generateSerials } = await admin.request(GenerateSerialsDocument, { input: { gtin: WIDGET_GTIN, count: 1, commission: true } });
      const unit = generateSerials.serials[0];
      await sell(unit.serial, "SO-SIG");
      const forged = unit.digitalLink.replace(/8030=([A-Za-z0-9_-])/, (_, first: string) => `8030=${first === "A" ? "B" : "A"}`);
      const { openWarrantyClaim } = await centre.request(OpenWarrantyClaimDocument, { input: { code: forged, serviceCentre: "acme-user", problem: "Broken." } });
      expect(openWarrantyClaim).toMatchObject({ decision: "REJECTED", reason: "UNIT_SUSPECT" });
      expect(openWarrantyClaim.message).toContain("SIGNATURE_INVALID");
      const status = (await centre.request(WarrantyStatusDocument, { code: forged })).warrantyStatus;
      expect(status).toMatchObject({ genuine: false, coverage: "VOID", verificationFailure: "SIGNATURE_INVALID" });
      expect((await centre.request(WarrantyStatusDocument, { code: unit.digitalLink })).warrantyStatus).toMatchObject({ genuine: true, coverage: "ACTIVE" });
    });

    it("rejects a duplicate open claim and publishes WARRANTY_CLAIM_DUPLICATE", async () => {
      const feed = new LiveFeed(hub.client("acme", "auditor").subscribe(AnomalyDetectedDocument, {}));
      await feed.ready(
        () => capture([objectEvent({ eventID: `urn:uuid:${randomUUID()}`, bizStep: "shipping", epcList: [sgtin(`PROBE-${randomUUID().slice(0, 8)}`)] })]),
        (response) => response.data?.anomalyDetected.kind === "UNKNOWN_SERIAL",
      );
      try {
        const again = await claim("W10");
        expect(again.openWarrantyClaim).toMatchObject({ decision: "REJECTED", reason: "DUPLICATE_OPEN_CLAIM", flaggedDuplicate: true });
        expect(again.openWarrantyClaim.message).toContain("at your centre");
        const event = await feed.waitFor((response) => response.data?.anomalyDetected.kind === "WARRANTY_CLAIM_DUPLICATE", 5000, "the duplicate claim anomaly");
        expect(event.data?.anomalyDetected).toMatchObject({ severity: "WARNING", serial: { gtin: WIDGET_GTIN, serial: "W10", status: "SOLD", product: { name: "Widget" } } });
        expect(event.data?.anomalyDetected.hint).toContain("at the same centre");

        const elsewhere = await claim("W10", "centre-b", centreClient("centre-b"));
        expect(elsewhere.openWarrantyClaim).toMatchObject({ decision: "REJECTED", reason: "DUPLICATE_OPEN_CLAIM" });
        expect(elsewhere.openWarrantyClaim.message).toContain("at another service centre");
        const alert = await feed.waitFor((response) => response.data?.anomalyDetected.kind === "WARRANTY_CLAIM_DUPLICATE" && response.data.anomalyDetected.severity === "ALERT");
        expect(alert.data?.anomalyDetected.hint).toContain("centre-b");
      } finally {
        await feed.close();
      }
    });

    it("accepts a claim at a second centre within the window but flags the unit, which then rejects further claims", async () => {
      await sell("W13", "SO-113");
      const first = await claim("W13");
      await centre.request(CloseWarrantyClaimDocument, { id: first.openWarrantyClaim.claim.id, input: { resolution: "No fault found." } });
      const second = await claim("W13", "centre-c", centreClient("centre-c"));
      expect(second.openWarrantyClaim).toMatchObject({ decision: "ACCEPTED", flaggedDuplicate: true });
      const { anomalies } = await admin.request(AnomaliesDocument, { first: 10, filter: { kinds: ["WARRANTY_CLAIM_DUPLICATE"], gtin: WIDGET_GTIN } });
      const found = anomalies.edges.map((edge) => edge.node).find((node) => node.serial.serial === "W13");
      expect(found).toMatchObject({ severity: "ALERT", source: "centre-c" });
      expect((await centre.request(WarrantyStatusDocument, { code: link("W13") })).warrantyStatus.flags).toEqual(expect.arrayContaining(["SUSPECT", "HAS_ANOMALIES", "OPEN_CLAIM"]));
      const part = await admin.request(PartHistoryDocument, { gtin: WIDGET_GTIN, serial: "W13" });
      expect(part.serial?.openAnomalyCount).toBe(1);
      const third = await claim("W13", "centre-d", centreClient("centre-d"));
      expect(third.openWarrantyClaim).toMatchObject({ decision: "REJECTED", reason: "UNIT_SUSPECT" });
    });

    it("rejects with CLAIM_LIMIT once the unit had the accepted claims the policy allows", async () => {
      const gtin = "09520123456788";
      await admin.request(CreateProductDocument, { input: { gtin, name: "Toaster", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
      await capture([commissioning([`https://id.gs1.org/01/${gtin}/21/T1`], "2024-01-02T08:00:00Z")]);
      await admin.request(RegisterSaleDocument, { input: { code: link("T1", gtin), soldAt: daysAgo(20).toISOString(), channel: "store", orderRef: "SO-T1" } });
      await admin.request(ConfigureWarrantyDocument, { input: { gtin, claimLimit: 1 } });
      const first = await centre.request(OpenWarrantyClaimDocument, { input: { code: link("T1", gtin), serviceCentre: "acme-user", problem: "Burns toast." } });
      await centre.request(CloseWarrantyClaimDocument, { id: first.openWarrantyClaim.claim.id, input: { resolution: "Replaced the thermostat." } });
      const second = await centre.request(OpenWarrantyClaimDocument, { input: { code: link("T1", gtin), serviceCentre: "acme-user", problem: "Burns toast again." } });
      expect(second.openWarrantyClaim).toMatchObject({ decision: "REJECTED", reason: "CLAIM_LIMIT", flaggedDuplicate: false });
    });

    it("lists a centre's own claims only, and lets it close only its own", async () => {
      const own = await centre.request(WarrantyClaimsDocument, { first: 50 });
      expect(own.warrantyClaims.edges.length).toBeGreaterThan(0);
      expect(new Set(own.warrantyClaims.edges.map((edge) => edge.node.serviceCentre))).toEqual(new Set(["acme-user"]));
      const centreB = centreClient("centre-b");
      const theirs = await centreB.request(WarrantyClaimsDocument, { first: 50 });
      expect(theirs.warrantyClaims.edges.map((edge) => edge.node.serviceCentre)).toEqual(["centre-b"]);
      const openOfA = own.warrantyClaims.edges.find((edge) => edge.node.status === "OPEN")?.node.id as string;
      const closing = await centreB.execute(CloseWarrantyClaimDocument, { id: openOfA, input: { resolution: "Not mine." } });
      expect(closing.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND", field: "id" } });
      const all = await admin.request(WarrantyClaimsDocument, { first: 50 });
      expect(new Set(all.warrantyClaims.edges.map((edge) => edge.node.serviceCentre))).toEqual(new Set(["acme-user", "centre-b", "centre-c", "centre-d"]));
    });

    it.each([
      [{ code: `(01)${WIDGET_GTIN}` }, "BAD_USER_INPUT", "input.code"],
      [{ code: `(01)${WIDGET_GTIN.slice(0, 13)}9(21)W10` }, "BAD_CODE", "input.code"],
      [{ problem: "  " }, "BAD_USER_INPUT", "input.problem"],
      [{ photos: ["javascript:alert(1)"] }, "BAD_USER_INPUT", "input.photos[0]"],
      [{ serviceCentre: "centre-b" }, "FORBIDDEN", "input.serviceCentre"],
    ])("refuses %j with %s naming %s, writing nothing", async (change, code, field) => {
      const count = async () => Number((await hub.sql<{ n: string }>("SELECT count(*) AS n FROM warranty.claims"))[0].n);
      const before = await count();
      const result = await centre.execute(OpenWarrantyClaimDocument, { input: { code: link("W10"), serviceCentre: "acme-user", problem: "x", ...change } });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code, field } });
      expect(await count()).toBe(before);
    });
  });

  describe("returns", () => {
    const check = (serial: string, orderRef: string, country: string | null = "DE") =>
      admin.request(CheckReturnDocument, { input: { code: link(serial), orderRef, channel: "store", country } });

    it("accepts a unit sold in the order, takes it back in its history, and refuses it the second time", async () => {
      await sell("W20", "SO-120", daysAgo(3), { country: "DE" });
      const first = await check("W20", "SO-120");
      expect(first.checkReturn).toMatchObject({ decision: "ACCEPT", reasons: [], reasonCodes: [] });
      const events = await admin.request(PartHistoryDocument, { gtin: WIDGET_GTIN, serial: "W20" });
      expect(events.serial?.status).toBe("RETURNED");
      expect(events.serial?.events.edges.at(-1)?.node).toMatchObject({ eventId: first.checkReturn.eventId, bizStep: "receiving", disposition: "returned" });
      expect(events.serial?.openAnomalyCount).toBe(0);
      const second = await check("W20", "SO-120");
      expect(second.checkReturn).toMatchObject({ decision: "REJECT", reasonCodes: ["ALREADY_RETURNED"], eventId: null });
    });

    it("matches a sale an ERP sent with its own order id", async () => {
      await capture([
        objectEvent({
          bizStep: "retail_selling",
          disposition: "retail_sold",
          epcList: [sgtin("W21")],
          eventTime: daysAgo(2).toISOString(),
          bizTransactionList: [{ type: "po", bizTransaction: "urn:epcglobal:cbv:bt:0614141000005:PO-777" }],
        }),
      ]);
      expect((await check("W21", "PO-777", null)).checkReturn.decision).toBe("ACCEPT");
    });

    it.each([
      ["REJECT", ["NOT_IN_ORDER"], async () => (await sell("W22", "SO-122"), ["W22", "SO-999"])],
      ["REJECT", ["NOT_SOLD"], async () => ["W23", "SO-123"]],
      ["REJECT", ["NOT_GENUINE"], async () => ["GHOST", "SO-1"]],
      ["REVIEW", ["SOLD_IN_OTHER_MARKET"], async () => (await sell("W24", "SO-124", daysAgo(4), { country: "FR" }), ["W24", "SO-124"])],
      ["REVIEW", ["OPEN_WARRANTY_CLAIM"], async () => (await sell("W25", "SO-125"), await claim("W25"), ["W25", "SO-125"])],
      ["REVIEW", ["UNIT_FLAGGED"], async () => ["W4", "SO-104"]],
    ])("decides %s for %j", async (decision, reasonCodes, setup) => {
      const [serial, order] = await setup();
      const { checkReturn } = await check(serial, order);
      expect(checkReturn).toMatchObject({ decision, reasonCodes, eventId: null });
      expect(checkReturn.reasons).toHaveLength(reasonCodes.length);
    });

    it("refuses bad input naming the field, writing nothing", async () => {
      const count = async () => Number((await hub.sql<{ n: string }>("SELECT count(*) AS n FROM warranty.return_checks"))[0].n);
      const before = await count();
      const badCountry = await admin.execute(CheckReturnDocument, { input: { code: link("W22"), orderRef: "SO-122", channel: "store", country: "Germany" } });
      expect(badCountry.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.country" } });
      const noOrder = await admin.execute(CheckReturnDocument, { input: { code: link("W22"), orderRef: " ", channel: "store" } });
      expect(noOrder.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.orderRef" } });
      expect(await count()).toBe(before);
    });
  });
});
