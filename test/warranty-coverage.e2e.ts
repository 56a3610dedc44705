import type { HubClient } from "../clients/client";
import {
  CaptureEventsDocument,
  ConfigureWarrantyDocument,
  CreateProductDocument,
  ExtendWarrantyDocument,
  RegisterSaleDocument,
  SerialWarrantyDocument,
  WarrantyStatusDocument,
} from "../clients/generated/graphql";
import { commissioning, epcisDocument, objectEvent, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";
import { addMonths, utcDate } from "../subgraphs/warranty/coverage/calendar";

const link = (serial: string, gtin = WIDGET_GTIN) => `https://id.gs1.org/01/${gtin}/21/${serial}`;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe("warranty: coverage", () => {
  let hub: TestHub;
  let admin: HubClient;
  let centre: HubClient;

  const capture = (events: unknown[]) => admin.request(CaptureEventsDocument, { epcis: epcisDocument(events) });
  const sell = (serial: string, orderRef: string, soldAt = daysAgo(10), extra: Record<string, unknown> = {}) =>
    admin.request(RegisterSaleDocument, { input: { code: link(serial), soldAt: soldAt.toISOString(), channel: "store", orderRef, ...extra } });

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    centre = hub.client("acme", "service_centre");
    await admin.request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE", "FR"], warrantyMonths: 24 } });
    await capture([commissioning(Array.from({ length: 40 }, (_, i) => sgtin(`W${i}`)), "2024-01-02T08:00:00Z")]);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("starts with a registered sale and answers the portal in one call", async () => {
    const sold = await sell("W0", "SO-100", new Date("2025-01-31T10:00:00Z"), { customerRef: "C-9", country: "DE" });
    expect(sold.registerSale).toMatchObject({
      sale: { soldAt: "2025-01-31T10:00:00.000Z", orderRefs: ["SO-100"], channel: "store", customerRef: "C-9", country: "DE", registered: true },
      warranty: { startsOn: "2025-01-31", endsOn: "2027-01-31", basis: "SALE" },
    });
    const { warrantyStatus } = await centre.request(WarrantyStatusDocument, { code: `(01)${WIDGET_GTIN}(21)W0` });
    expect(warrantyStatus).toMatchObject({
      gtin: WIDGET_GTIN,
      serialNumber: "W0",
      genuine: true,
      startsAt: "2025-01-31",
      endsAt: "2027-01-31",
      months: 24,
      sales: [],
      flags: [],
      product: { name: "Widget", warrantyMonths: 24 },
      serial: { status: "SOLD", recalls: [], components: [] },
    });
  });

  it("is idempotent: the same sale registered again records one event", async () => {
    await sell("W0", "SO-100", new Date("2025-01-31T10:00:00Z"));
    const rows = await hub.sql("SELECT 1 FROM serials.events WHERE biz_step = 'retail_selling' AND body->'epcList'->>0 LIKE '%/21/W0'");
    expect(rows).toHaveLength(1);
    const again = await admin.execute(RegisterSaleDocument, { input: { code: link("W0"), soldAt: daysAgo(1).toISOString(), channel: "web", orderRef: "SO-999" } });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT", field: "input.code" } });
  });

  it("ends a one-month warranty sold on Jan 31 at the end of February, and extends from the start", async () => {
    const gtin = "04012345111118";
    await admin.request(CreateProductDocument, { input: { gtin, name: "Cable", brand: "Acme", markets: ["DE"], warrantyMonths: 1 } });
    await capture([commissioning(["https://id.gs1.org/01/04012345111118/21/C1"], "2023-01-02T08:00:00Z")]);
    await admin.request(RegisterSaleDocument, { input: { code: link("C1", gtin), soldAt: "2024-01-31T12:00:00Z", channel: "store", orderRef: "SO-C1" } });
    const first = await admin.request(SerialWarrantyDocument, { gtin, serial: "C1" });
    expect(first.serial?.warranty).toMatchObject({ startsOn: "2024-01-31", endsOn: "2024-02-29", status: "EXPIRED", remainingDays: 0 });
    const extended = await admin.request(ExtendWarrantyDocument, { input: { code: link("C1", gtin), months: 1, reason: "Goodwill" } });
    expect(extended.extendWarranty).toMatchObject({ endsOn: "2024-03-31", status: "EXPIRED" });
  });

  it("dates a sale on the local day where it happened", async () => {
    const sold = await sell("W1", "SO-101", new Date("2025-01-31T23:30:00Z"), { timeZoneOffset: "+01:00" });
    expect(sold.registerSale.warranty).toMatchObject({ startsOn: "2025-02-01", endsOn: "2027-02-01" });
  });

  it("starts with a retail_selling event from any source, and counts remaining days", async () => {
    const soldAt = daysAgo(5);
    await capture([objectEvent({ bizStep: "retail_selling", disposition: "retail_sold", epcList: [sgtin("W2")], eventTime: soldAt.toISOString(), eventTimeZoneOffset: "+00:00" })]);
    const { warrantyStatus } = await admin.request(WarrantyStatusDocument, { code: sgtin("W2") });
    const endsAt = addMonths(utcDate(soldAt), 24);
    expect(warrantyStatus).toMatchObject({ coverage: "ACTIVE", basis: "SALE", endsAt, sales: [{ registered: false, channel: null }] });
    expect(warrantyStatus.remainingDays).toBe(Math.round((Date.parse(endsAt) - Date.parse(utcDate(new Date()))) / 86_400_000) + 1);
  });

  it("adds a registration's details to a sale an ERP already sent, without a second sale event", async () => {
    const soldAt = daysAgo(3);
    const bizTransactionList = [{ type: "po", bizTransaction: "urn:epcglobal:cbv:bt:0614141000005:PO-55" }];
    await capture([objectEvent({ bizStep: "retail_selling", disposition: "retail_sold", epcList: [sgtin("W32")], eventTime: soldAt.toISOString(), bizTransactionList })]);
    const { registerSale } = await sell("W32", "PO-55", daysAgo(1), { customerRef: "C-55" });
    expect(registerSale.sale).toMatchObject({ soldAt: soldAt.toISOString(), orderRefs: ["PO-55"], customerRef: "C-55", registered: true });
    expect(await hub.sql("SELECT 1 FROM serials.events WHERE biz_step = 'retail_selling' AND body->'epcList'->>0 LIKE '%.W32'")).toHaveLength(1);
    expect(await hub.sql("SELECT 1 FROM serials.events WHERE biz_step = 'retail_selling' AND body->'epcList'->>0 LIKE '%/21/W32'")).toHaveLength(0);
  });

  it("starts at the first shipment under SHIPMENT terms", async () => {
    await capture([shipping([sgtin("W3")], "2024-06-10T09:00:00Z")]);
    expect((await admin.request(WarrantyStatusDocument, { code: link("W3") })).warrantyStatus).toMatchObject({ coverage: "NOT_REGISTERED", coverageReason: "No sale of this unit is on record." });
    await admin.request(ConfigureWarrantyDocument, { input: { gtin: WIDGET_GTIN, startsFrom: "SHIPMENT" } });
    try {
      expect((await admin.request(WarrantyStatusDocument, { code: link("W3") })).warrantyStatus).toMatchObject({ basis: "SHIPMENT", startsAt: "2024-06-10", endsAt: "2026-06-10" });
    } finally {
      await admin.request(ConfigureWarrantyDocument, { input: { gtin: WIDGET_GTIN, startsFrom: null } });
    }
  });

  it("voids the warranty of a stolen unit, and of a code that does not verify", async () => {
    await sell("W4", "SO-104");
    await capture([objectEvent({ bizStep: "holding", disposition: "stolen", epcList: [sgtin("W4")], eventTime: daysAgo(1).toISOString() })]);
    expect((await centre.request(WarrantyStatusDocument, { code: link("W4") })).warrantyStatus).toMatchObject({
      coverage: "VOID",
      coverageReason: "The unit was reported stolen.",
      genuine: true,
      flags: expect.arrayContaining(["STOLEN"]),
    });
    const unknown = (await centre.request(WarrantyStatusDocument, { code: link("NOPE") })).warrantyStatus;
    expect(unknown).toMatchObject({ genuine: false, verificationFailure: "NO_MATCH_GTIN_SERIAL", coverage: "NOT_REGISTERED", serial: null, flags: ["NOT_GENUINE"] });
  });

  it.each([
    [{ soldAt: new Date(Date.now() + 86_400_000).toISOString() }, "BAD_USER_INPUT", "input.soldAt"],
    [{ timeZoneOffset: "+25:00" }, "BAD_USER_INPUT", "input.timeZoneOffset"],
    [{ country: "Germany" }, "BAD_USER_INPUT", "input.country"],
    [{ orderRef: "" }, "BAD_USER_INPUT", "input.orderRef"],
    [{ code: `(01)${WIDGET_GTIN}` }, "BAD_USER_INPUT", "input.code"],
    [{ code: "not a code" }, "BAD_CODE", "input.code"],
    [{ code: link("NEVER-MADE") }, "NOT_FOUND", "input.code"],
  ])("refuses the sale %j with %s naming %s, writing nothing", async (change, code, field) => {
    const count = async () => Number((await hub.sql<{ n: string }>("SELECT (SELECT count(*) FROM warranty.sales) + (SELECT count(*) FROM serials.events) AS n"))[0].n);
    const before = await count();
    const result = await admin.execute(RegisterSaleDocument, { input: { code: link("W30"), soldAt: daysAgo(1).toISOString(), channel: "store", orderRef: "SO-130", ...change } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code, field } });
    expect(await count()).toBe(before);
  });

  it("extends only a warranty that has started and is not void", async () => {
    const unsold = await admin.execute(ExtendWarrantyDocument, { input: { code: link("W31"), months: 6, reason: "Goodwill" } });
    expect(unsold.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT", field: "input.code" } });
    expect(unsold.errors?.[0]?.message).toContain("No sale of this unit is on record.");
    const stolen = await admin.execute(ExtendWarrantyDocument, { input: { code: link("W4"), months: 6, reason: "Goodwill" } });
    expect(stolen.errors?.[0]?.message).toContain("reported stolen");
    const zero = await admin.execute(ExtendWarrantyDocument, { input: { code: link("W0"), months: 0, reason: "Goodwill" } });
    expect(zero.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.months" } });
    expect(await hub.sql("SELECT 1 FROM warranty.extensions WHERE serial IN ('W31', 'W4', 'W0')")).toEqual([]);
  });
});
