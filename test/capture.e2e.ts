import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CaptureEventsDocument, CreateProductDocument, SerialDocument } from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import { commissioning, epcisDocument, objectEvent, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const FIXTURES = join(__dirname, "fixtures/epcis");

function examples(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? examples(path) : name.endsWith(".jsonld") ? [path] : [];
  });
}

describe("captureEvents", () => {
  let hub: TestHub;
  let acme: HubClient;

  const state = async (serial: string) => (await acme.request(SerialDocument, { gtin: WIDGET_GTIN, serial })).serial;

  beforeAll(async () => {
    hub = await startTestHub();
    acme = hub.client("acme", "integrator");
    await hub.client("acme", "admin").request(CreateProductDocument, {
      input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 },
    });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  describe("takes every official GS1 EPCIS 2.0 capture example", () => {
    const documents = examples()
      .map((path) => [relative(FIXTURES, path), JSON.parse(readFileSync(path, "utf8"))] as const)
      .filter(([, document]) => document.type === "EPCISDocument");

    it.each(documents.map(([name, document], i) => [name, document, i]))("%s", async (_name, document, i) => {
      const events = (document as { epcisBody: { eventList: { errorDeclaration?: unknown }[] } }).epcisBody.eventList;
      // A tenant per example: several examples share event ids.
      const { captureEvents } = await hub.client(`example${i}`, "integrator").request(CaptureEventsDocument, { epcis: document });
      expect(captureEvents.errors).toEqual([]);
      expect(captureEvents.accepted).toBe(events.filter((event) => !event.errorDeclaration).length);
    });
  });

  it("accepts a bare list of events and Digital Link EPCs", async () => {
    const result = await acme.request(CaptureEventsDocument, {
      epcis: [commissioning([`https://brand.example.com/01/${WIDGET_GTIN}/21/DL-1`])],
    });
    expect(result.captureEvents).toMatchObject({ accepted: 1, errors: [] });
    expect((await state("DL-1"))?.status).toBe("ACTIVE");
  });

  it("places a late commissioning before the shipping that arrived first", async () => {
    const early = await acme.request(CaptureEventsDocument, { epcis: epcisDocument([shipping([sgtin("LATE-1")], "2025-03-02T12:00:00Z")]) });
    expect(early.captureEvents.anomalies.map((anomaly) => anomaly.kind)).toEqual(["UNKNOWN_SERIAL"]);
    expect(await state("LATE-1")).toMatchObject({ status: "UNCOMMISSIONED", commissionedAt: null });

    const late = await acme.request(CaptureEventsDocument, { epcis: epcisDocument([commissioning([sgtin("LATE-1")], "2025-03-01T08:00:00Z")]) });
    expect(late.captureEvents.anomalies).toEqual([]);
    const serial = await state("LATE-1");
    expect(serial).toMatchObject({ status: "IN_TRANSIT", commissionedAt: "2025-03-01T08:00:00.000Z", lastBizStep: "shipping" });
    expect(serial?.events.edges.map((edge) => edge.node.bizStep)).toEqual(["commissioning", "shipping"]);
  });

  it("retracts an event on an error declaration and recomputes the unit's state", async () => {
    const ship = shipping([sgtin("RETRACT-1")], "2025-03-01T12:00:00Z", { eventID: "urn:uuid:6f8a2d4e-0000-4000-8000-000000000001" });
    await acme.request(CaptureEventsDocument, { epcis: epcisDocument([commissioning([sgtin("RETRACT-1")]), ship]) });
    expect((await state("RETRACT-1"))?.status).toBe("IN_TRANSIT");

    const declaration = { ...ship, errorDeclaration: { declarationTime: "2025-03-01T13:00:00Z", reason: "did_not_occur" } };
    const result = await acme.request(CaptureEventsDocument, { epcis: epcisDocument([declaration]) });
    expect(result.captureEvents).toMatchObject({ accepted: 0, duplicates: 0, retracted: 1, errors: [] });
    expect((await state("RETRACT-1"))?.status).toBe("ACTIVE");
  });

  it("records packing into a container and unpacking", async () => {
    const sscc = "urn:epc:id:sscc:0614141.1234567890";
    const aggregation = (action: string, eventTime: string) => ({
      type: "AggregationEvent",
      action,
      bizStep: action === "ADD" ? "packing" : "unpacking",
      parentID: sscc,
      childEPCs: [sgtin("PACK-1"), sgtin("PACK-2")],
      eventTime,
      eventTimeZoneOffset: "+00:00",
    });
    await acme.request(CaptureEventsDocument, {
      epcis: epcisDocument([commissioning([sgtin("PACK-1"), sgtin("PACK-2")]), aggregation("ADD", "2025-03-01T09:00:00Z")]),
    });
    const packed = await hub.sql<{ parent_id: string }>("SELECT parent_id FROM serials.serials WHERE tenant_id = 'acme' AND serial LIKE 'PACK-%'");
    expect(packed.map((row) => row.parent_id)).toEqual([sscc, sscc]);
    await acme.request(CaptureEventsDocument, { epcis: epcisDocument([aggregation("DELETE", "2025-03-01T10:00:00Z")]) });
    const unpacked = await hub.sql<{ parent_id: string | null }>("SELECT parent_id FROM serials.serials WHERE tenant_id = 'acme' AND serial LIKE 'PACK-%'");
    expect(unpacked.map((row) => row.parent_id)).toEqual([null, null]);
  });

  it("pages through a unit's history", async () => {
    await acme.request(CaptureEventsDocument, {
      epcis: epcisDocument([
        commissioning([sgtin("PAGE-1")], "2025-03-01T08:00:00Z"),
        shipping([sgtin("PAGE-1")], "2025-03-01T09:00:00Z"),
        objectEvent({ bizStep: "receiving", epcList: [sgtin("PAGE-1")], eventTime: "2025-03-01T10:00:00Z" }),
      ]),
    });
    const first = await acme.request(SerialDocument, { gtin: WIDGET_GTIN, serial: "PAGE-1", first: 2 });
    const page = first.serial?.events;
    expect(page?.edges.map((edge) => edge.node.bizStep)).toEqual(["commissioning", "shipping"]);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const second = await acme.request(SerialDocument, { gtin: WIDGET_GTIN, serial: "PAGE-1", first: 2, after: page?.pageInfo.endCursor });
    expect(second.serial?.events.edges.map((edge) => edge.node.bizStep)).toEqual(["receiving"]);
    expect(second.serial?.events.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses a malformed SGTIN with its position and writes nothing", async () => {
    const before = await hub.sql("SELECT 1 FROM serials.events WHERE tenant_id = 'acme'");
    const result = await acme.request(CaptureEventsDocument, {
      epcis: epcisDocument([commissioning([sgtin("OK-1")]), shipping([sgtin("OK-1"), "urn:epc:id:sgtin:0614141.10734.5"])]),
    });
    expect(result.captureEvents.errors).toEqual([
      { index: 1, path: "epcList[1]", message: '"urn:epc:id:sgtin:0614141.10734.5": The company prefix and reference of an SGTIN URN have 13 digits together.' },
    ]);
    expect(await hub.sql("SELECT 1 FROM serials.events WHERE tenant_id = 'acme'")).toHaveLength(before.length);
  });
});
