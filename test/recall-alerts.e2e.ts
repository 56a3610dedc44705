import { randomUUID } from "node:crypto";
import type { GraphQLResponse, HubClient } from "../clients/client";
import {
  CaptureEventsDocument,
  CreateProductDocument,
  OpenRecallDocument,
  RecallAlertsDocument,
  VerifyDocument,
  type RecallAlertFilter,
  type RecallAlertsSubscription,
} from "../clients/generated/graphql";
import { commissioning, epcisDocument, locationHeader, objectEvent, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { LiveFeed } from "../lib/testing/live-feed";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";
import type { Role } from "../lib/auth/identity";

const GADGET_GTIN = "04012345111118";
const BERLIN = "urn:epc:id:sgln:4012345.00001.0";
type Alert = GraphQLResponse<RecallAlertsSubscription>;
const serialOf = (alert: Alert) => alert.data?.recallAlerts.serial.serial;
/** Probes are shipments with a urn:uuid eventID; the shipments under test are identified by their content hash. */
const isProbe = (alert: Alert) =>
  alert.data?.recallAlerts.event.bizStep === "shipping" && Boolean(alert.data.recallAlerts.event.eventId.startsWith("urn:uuid:"));
const summary = (alert: Alert) => {
  const { serial, trigger, recall, country, event } = alert.data!.recallAlerts;
  return [serial.serial, trigger, recall?.id ?? null, country, event.bizStep];
};

describe("Subscription.recallAlerts through the gateway", () => {
  let hub: TestHub;
  let acme: HubClient;
  let recallId: string;
  const feeds: LiveFeed<RecallAlertsSubscription>[] = [];

  const capture = async (events: unknown[], header?: unknown) => {
    const { captureEvents } = await acme.request(CaptureEventsDocument, { epcis: epcisDocument(events, header) });
    expect(captureEvents.errors).toEqual([]);
  };
  const probe = (serial: string) => () => capture([shipping([sgtin(serial)], "2025-03-02T12:00:00Z", { eventID: `urn:uuid:${randomUUID()}` })]);

  /** A live feed, proven live by shipping `probeSerial` until its alert arrives. */
  const watch = async (filter: RecallAlertFilter, probeSerial: string, role: Role = "recall_coordinator") => {
    const feed = new LiveFeed(hub.client("acme", role).subscribe(RecallAlertsDocument, { filter }));
    feeds.push(feed);
    await feed.ready(probe(probeSerial), isProbe);
    return feed;
  };
  const refusal = async (filter: RecallAlertFilter, tenant = "acme", ...roles: Role[]) => {
    const feed = new LiveFeed(hub.client(tenant, ...roles).subscribe(RecallAlertsDocument, { filter }));
    feeds.push(feed);
    return feed.waitFor(() => true, 5000, "the refusal");
  };
  const open = async (client: HubClient, gtin: string, scope: Record<string, unknown>) =>
    (await client.request(OpenRecallDocument, { input: { gtin, scope, reason: "Cracked housing.", instructions: "Return it." } })).openRecall.id;

  beforeAll(async () => {
    hub = await startTestHub();
    acme = hub.client("acme", "admin");
    await acme.request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    const serials = ["R01", "R02", "R03", "R04", "R05", "R06", "RPROBE"];
    await capture([
      commissioning(serials.map((serial) => sgtin(serial)), "2025-03-01T08:00:00Z", { ilmd: { "cbvmda:lotNumber": "LR" } }),
      commissioning(["W01", "W02", "W03", "W09", "X01"].map((serial) => sgtin(serial)), "2025-03-01T08:00:00Z"),
    ]);
    recallId = await open(hub.client("acme", "recall_coordinator"), WIDGET_GTIN, { lots: ["LR"] });
  });

  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.close()));
    await hub?.stop();
  });

  it("alerts for each trigger on a recalled unit: shipped, received, sold, scanned by a consumer, returned", async () => {
    const feed = await watch({ recallId }, "RPROBE");
    await capture([shipping([sgtin("R01")], "2025-03-03T08:00:00Z", { readPoint: { id: BERLIN } })], locationHeader({ [BERLIN]: "DE" }));
    await capture([objectEvent({ bizStep: "receiving", disposition: "in_progress", epcList: [sgtin("R02")], eventTime: "2025-03-03T09:00:00Z" })]);
    await capture([objectEvent({ bizStep: "retail_selling", disposition: "retail_sold", epcList: [sgtin("R03")], eventTime: "2025-03-03T10:00:00Z" })]);
    await hub.client().request(VerifyDocument, { code: `https://id.gs1.org/01/${WIDGET_GTIN}/21/R04`, context: { country: "FR" } });
    await capture([objectEvent({ bizStep: "receiving", disposition: "returned", epcList: [sgtin("R05")], eventTime: "2025-03-03T11:00:00Z" })]);
    // Neither an inspection nor a unit outside the recall alerts.
    await capture([objectEvent({ bizStep: "inspecting", disposition: "active", epcList: [sgtin("R06")], eventTime: "2025-03-03T11:30:00Z" })]);
    await capture([shipping([sgtin("X01")], "2025-03-03T11:40:00Z")]);
    await capture([shipping([sgtin("R06")], "2025-03-03T12:00:00Z")]);
    await feed.waitFor((alert) => serialOf(alert) === "R06", 5000, "the sentinel");

    expect(feed.events.every((alert) => alert.errors === undefined)).toBe(true);
    expect(feed.events.map(summary)).toEqual([
      ["R01", "SHIPPED", recallId, "DE", "shipping"],
      ["R02", "RECEIVED", recallId, null, "receiving"],
      ["R03", "SOLD", recallId, null, "retail_selling"],
      ["R04", "SCANNED", recallId, "FR", "urn:serialhub:bizstep:verification-scan"],
      ["R05", "RETURNED", recallId, null, "receiving"],
      ["R06", "SHIPPED", recallId, null, "shipping"],
    ]);
    expect(feed.events[0].data?.recallAlerts).toMatchObject({
      recall: { id: recallId, title: "Cracked housing." },
      serial: { gtin: WIDGET_GTIN, serial: "R01", status: "IN_TRANSIT" },
      event: { eventTime: "2025-03-03T08:00:00.000Z", disposition: "in_transit" },
      role: "epc",
    });
  });

  it("watches a serial range before any recall exists, then names the recall once one covers a unit", async () => {
    const feed = await watch({ gtin: WIDGET_GTIN, serialRange: { from: "W01", to: "W09" } }, "W09", "admin");
    await capture([shipping([sgtin("W01")], "2025-03-04T08:00:00Z")]);
    const later = await open(hub.client("acme", "recall_coordinator"), WIDGET_GTIN, { serials: ["W02"] });
    await capture([shipping([sgtin("W02"), sgtin("W03")], "2025-03-04T09:00:00Z")]);
    await capture([shipping([sgtin("X01"), sgtin("R01")], "2025-03-04T09:30:00Z")]);
    await capture([shipping([sgtin("W09")], "2025-03-04T10:00:00Z")]);
    await feed.waitFor((alert) => serialOf(alert) === "W09" && !isProbe(alert), 5000, "the sentinel");

    expect(feed.events.map((alert) => [serialOf(alert), alert.data?.recallAlerts.recall?.id ?? null])).toEqual([
      ["W01", null],
      ["W02", later],
      ["W03", null],
      ["W09", null],
    ]);
  });

  it("narrows to a product's recalled units by GTIN", async () => {
    const feed = await watch({ gtin: WIDGET_GTIN }, "RPROBE");
    await capture([shipping([sgtin("X01"), sgtin("W03"), sgtin("R02")], "2025-03-05T08:00:00Z")]);
    await capture([shipping([sgtin("W02")], "2025-03-05T09:00:00Z")]);
    await feed.waitFor((alert) => serialOf(alert) === "W02", 5000, "the sentinel");
    expect(feed.events.map(serialOf)).toEqual(["R02", "W02"]);
  });

  it.each<[string, RecallAlertFilter, Role, string, string | undefined]>([
    ["a service centre", {}, "service_centre", "FORBIDDEN", undefined],
    ["an integrator", {}, "integrator", "FORBIDDEN", undefined],
    ["a reversed range", { serialRange: { from: "W09", to: "W01" } }, "recall_coordinator", "BAD_USER_INPUT", "filter.serialRange"],
    ["a malformed GTIN", { gtin: "10614141073465" }, "recall_coordinator", "BAD_USER_INPUT", "filter.gtin"],
    ["an unknown recall", { recallId: "0b6b0f7e-0000-4000-8000-000000000077" }, "recall_coordinator", "NOT_FOUND", "filter.recallId"],
  ])("refuses %s", async (_name, filter, role, code, field) => {
    const first = await refusal(filter, "acme", role);
    expect(first.errors?.[0]).toMatchObject({ extensions: { code, ...(field ? { field } : {}) } });
  });

  it("does not let another tenant follow a recall", async () => {
    const globex = hub.client("globex", "admin");
    await globex.request(CreateProductDocument, { input: { gtin: GADGET_GTIN, name: "Gadget", brand: "Globex", markets: ["DE"], warrantyMonths: 12 } });
    const theirs = await open(globex, GADGET_GTIN, { serials: ["G1"] });
    const first = await refusal({ recallId: theirs }, "acme", "recall_coordinator");
    expect(first.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    const back = await refusal({ recallId }, "globex", "recall_coordinator");
    expect(back.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });
});
