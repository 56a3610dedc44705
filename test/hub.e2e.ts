import {
  AnomalyDetectedDocument,
  CaptureEventsDocument,
  CreateProductDocument,
  ProductDocument,
  ProductsDocument,
  SerialDocument,
  type AnomalyDetectedSubscription,
} from "../clients/generated/graphql";
import type { GraphQLResponse, HubClient } from "../clients/client";
import {
  commissioning,
  epcisDocument,
  locationHeader,
  sgtin,
  shipping,
  WIDGET_GTIN,
} from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

/** The next event of a subscription, or an error after `ms`. */
async function nextWithin<T>(iterator: AsyncIterator<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no event within ${ms} ms`)), ms);
  });
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) {
      throw new Error("subscription ended");
    }
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

/** Collects whatever a subscription delivers until stopped. */
function collect<T>(iterator: AsyncIterableIterator<T>): { events: T[]; done: Promise<void> } {
  const events: T[] = [];
  const done = (async () => {
    for await (const event of iterator) {
      events.push(event);
    }
  })();
  return { events, done };
}

/** Waits until the gateway has opened the upstream subscription (no event can be seen earlier). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe("serialhub end to end, through the gateway only", () => {
  let hub: TestHub;
  let acme: HubClient;
  let globex: HubClient;

  beforeAll(async () => {
    hub = await startTestHub();
    acme = hub.client("acme", "admin");
    globex = hub.client("globex", "admin");
    await acme.request(CreateProductDocument, {
      input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE", "FR"], warrantyMonths: 24 },
    });
    await globex.request(CreateProductDocument, {
      input: { gtin: "04012345111118", name: "Gadget", brand: "Globex", markets: ["US"], warrantyMonths: 12 },
    });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("tracks units from commissioning to shipping, with the product resolved by its own subgraph", async () => {
    const header = locationHeader({ "urn:epc:id:sgln:0614141.00001.0": "DE" });
    const capture = await acme.request(CaptureEventsDocument, {
      epcis: epcisDocument(
        [
          commissioning([sgtin("1001"), sgtin("1002")], "2025-03-01T08:00:00Z", {
            bizLocation: { id: "urn:epc:id:sgln:0614141.00001.0" },
          }),
          shipping([sgtin("1001")]),
        ],
        header,
      ),
    });
    expect(capture.captureEvents).toEqual({ accepted: 2, duplicates: 0, retracted: 0, errors: [], anomalies: [] });

    const { serial } = await acme.request(SerialDocument, { gtin: WIDGET_GTIN, serial: "1001" });
    expect(serial).toMatchObject({
      gtin: WIDGET_GTIN,
      serial: "1001",
      status: "IN_TRANSIT",
      commissionedAt: "2025-03-01T08:00:00.000Z",
      lastBizStep: "shipping",
      lastCountry: "DE",
      product: { gtin: WIDGET_GTIN, name: "Widget" },
      warranty: null,
      recalls: [],
    });
    expect(serial?.events.edges.map((edge) => edge.node.bizStep)).toEqual(["commissioning", "shipping"]);
    const other = await acme.request(SerialDocument, { gtin: WIDGET_GTIN, serial: "1002" });
    expect(other.serial?.status).toBe("ACTIVE");
  });

  it("counts a resent document as duplicates and writes nothing twice", async () => {
    const document = epcisDocument([commissioning([sgtin("2001")]), shipping([sgtin("2001")])]);
    const first = await acme.request(CaptureEventsDocument, { epcis: document });
    const again = await acme.request(CaptureEventsDocument, { epcis: document });
    expect(first.captureEvents).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(again.captureEvents).toMatchObject({ accepted: 0, duplicates: 2 });
    const rows = await hub.sql<{ count: string }>(
      "SELECT count(*) FROM serials.event_serials WHERE tenant_id = 'acme' AND serial = '2001'",
    );
    expect(rows[0].count).toBe("2");
  });

  it("returns null for a unit the hub has never seen", async () => {
    const { serial } = await acme.request(SerialDocument, { gtin: WIDGET_GTIN, serial: "never-seen" });
    expect(serial).toBeNull();
  });

  it("pushes UNKNOWN_SERIAL within 2 s to the tenant's subscribers and to no one else", async () => {
    const acmeWatch = hub.client("acme", "integrator").subscribe(AnomalyDetectedDocument, {});
    const globexFeed = collect(hub.client("globex", "integrator").subscribe(AnomalyDetectedDocument, {}));
    await settle();

    const started = Date.now();
    const capture = await acme.request(CaptureEventsDocument, { epcis: epcisDocument([shipping([sgtin("FAKE-1")])]) });
    expect(capture.captureEvents.anomalies).toEqual([expect.objectContaining({ kind: "UNKNOWN_SERIAL" })]);
    const event = await nextWithin<GraphQLResponse<AnomalyDetectedSubscription>>(acmeWatch, 2000);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(event.errors).toBeUndefined();
    expect(event.data?.anomalyDetected).toMatchObject({
      kind: "UNKNOWN_SERIAL",
      severity: "ALERT",
      serial: { gtin: WIDGET_GTIN, serial: "FAKE-1", status: "UNCOMMISSIONED", product: { name: "Widget" } },
    });

    // globex's own anomaly reaches globex, while acme's never did.
    const globexCapture = await globex.request(CaptureEventsDocument, {
      epcis: epcisDocument([shipping(["urn:epc:id:sgtin:4012345.011111.FAKE-2"])]),
    });
    expect(globexCapture.captureEvents.anomalies).toHaveLength(1);
    await settle();
    await acmeWatch.return?.();
    expect(globexFeed.events.map((e) => e.data?.anomalyDetected.serial)).toEqual([
      expect.objectContaining({ gtin: "04012345111118", serial: "FAKE-2", product: { name: "Gadget" } }),
    ]);
  });

  it("keeps two tenants subscribed at the same time apart", async () => {
    const acmeFeed = collect(hub.client("acme", "auditor").subscribe(AnomalyDetectedDocument, {}));
    const globexFeed = collect(hub.client("globex", "auditor").subscribe(AnomalyDetectedDocument, {}));
    await settle();
    await Promise.all([
      acme.request(CaptureEventsDocument, { epcis: epcisDocument([shipping([sgtin("FAKE-A")])]) }),
      globex.request(CaptureEventsDocument, { epcis: epcisDocument([shipping(["urn:epc:id:sgtin:4012345.011111.FAKE-B"])]) }),
    ]);
    await settle();
    expect(acmeFeed.events.map((e) => e.data?.anomalyDetected.serial.serial)).toEqual(["FAKE-A"]);
    expect(globexFeed.events.map((e) => e.data?.anomalyDetected.serial.serial)).toEqual(["FAKE-B"]);
  });

  it("filters a subscription by kind and GTIN", async () => {
    const otherGtin = collect(hub.client("acme", "admin").subscribe(AnomalyDetectedDocument, { filter: { gtin: "04012345111118" } }));
    const sameGtin = collect(hub.client("acme", "admin").subscribe(AnomalyDetectedDocument, { filter: { gtin: WIDGET_GTIN, kinds: ["UNKNOWN_SERIAL"] } }));
    await settle();
    await acme.request(CaptureEventsDocument, { epcis: epcisDocument([shipping([sgtin("FAKE-C")])]) });
    await settle();
    expect(sameGtin.events).toHaveLength(1);
    expect(otherGtin.events).toHaveLength(0);
  });

  it("shows a second tenant none of the first tenant's data by query", async () => {
    expect((await globex.request(SerialDocument, { gtin: WIDGET_GTIN, serial: "1001" })).serial).toBeNull();
    expect((await globex.request(ProductDocument, { gtin: WIDGET_GTIN })).product).toBeNull();
    const products = await globex.request(ProductsDocument, { first: 50 });
    expect(products.products.edges.map((edge) => edge.node.gtin)).toEqual(["04012345111118"]);
  });

  it("refuses a GTIN another tenant owns", async () => {
    const result = await globex.execute(CreateProductDocument, {
      input: { gtin: WIDGET_GTIN, name: "Copy", brand: "Globex", markets: [], warrantyMonths: 0 },
    });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" } });
  });

  it("lets roles decide: a service centre cannot write, a caller without a token cannot read", async () => {
    const serviceCentre = hub.client("acme", "service_centre");
    const write = await serviceCentre.execute(CaptureEventsDocument, { epcis: epcisDocument([commissioning([sgtin("3001")])]) });
    expect(write.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    const read = await hub.client().execute(SerialDocument, { gtin: WIDGET_GTIN, serial: "1001" });
    expect(read.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    const rows = await hub.sql("SELECT 1 FROM serials.serials WHERE serial = '3001'");
    expect(rows).toHaveLength(0);
  });

  it("refuses a subscription from a role that may not watch anomalies", async () => {
    const feed = hub.client("acme", "service_centre").subscribe(AnomalyDetectedDocument, {});
    const first = await nextWithin(feed, 2000);
    expect(first.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
  });

  describe("bad input gets a precise error and writes nothing", () => {
    const countEvents = async () => Number((await hub.sql<{ count: string }>("SELECT count(*) FROM serials.events"))[0].count);
    const countSerials = async () => Number((await hub.sql<{ count: string }>("SELECT count(*) FROM serials.serials"))[0].count);

    it("names the field of an invalid GTIN", async () => {
      const result = await acme.execute(CreateProductDocument, {
        input: { gtin: "10614141073465", name: "Bad", brand: "Acme", markets: ["DE"], warrantyMonths: 12 },
      });
      expect(result.errors?.[0]).toMatchObject({
        message: 'input.gtin "10614141073465" is not a valid GTIN: check digit is 5, expected 4.',
        extensions: { code: "BAD_USER_INPUT", field: "input.gtin" },
      });
      expect(await hub.sql("SELECT 1 FROM products.products WHERE name = 'Bad'")).toHaveLength(0);
    });

    it.each([
      ["a missing eventTimeZoneOffset", { eventTimeZoneOffset: undefined }, { path: "eventTimeZoneOffset", message: "eventTimeZoneOffset is required" }],
      ["a bad action", { action: "UPDATE" }, { path: "action", message: '"UPDATE" is not allowed here; expected OBSERVE, ADD, DELETE' }],
      ["a non-URI EPC", { epcList: ["0614141.107346.9001"] }, { path: "epcList[0]", message: '"0614141.107346.9001" is not a valid uri' }],
    ])("refuses a document with %s", async (_name, change, expected) => {
      const [events, serials] = [await countEvents(), await countSerials()];
      const bad = { ...shipping([sgtin("9001")]), ...change };
      const result = await acme.request(CaptureEventsDocument, {
        epcis: epcisDocument([commissioning([sgtin("9000")]), JSON.parse(JSON.stringify(bad))]),
      });
      expect(result.captureEvents).toEqual({
        accepted: 0,
        duplicates: 0,
        retracted: 0,
        anomalies: [],
        errors: [{ index: 1, ...expected }],
      });
      expect([await countEvents(), await countSerials()]).toEqual([events, serials]);
    });
  });
});
