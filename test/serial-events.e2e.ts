import { randomUUID } from "node:crypto";
import type { GraphQLResponse, HubClient } from "../clients/client";
import {
  CaptureEventsDocument,
  CreateProductDocument,
  SerialEventsDocument,
  type SerialEventFilter,
  type SerialEventsSubscription,
} from "../clients/generated/graphql";
import { commissioning, epcisDocument, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { LiveFeed } from "../lib/testing/live-feed";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GADGET_GTIN = "04012345111118";
const gadget = (serial: string) => `urn:epc:id:sgtin:4012345.011111.${serial}`;

type Notice = GraphQLResponse<SerialEventsSubscription>;
const serialOf = (response: Notice) => response.data?.serialEvents.serial.serial;
/** Readiness probes carry a urn:uuid eventID; every other event here is identified by its content hash. */
const isProbe = (response: Notice) => Boolean(response.data?.serialEvents.event.eventId.startsWith("urn:uuid:"));
const summary = (response: Notice) => {
  const notice = response.data?.serialEvents;
  return [notice?.serial.gtin, notice?.serial.serial, notice?.event.bizStep, notice?.role];
};

describe("Subscription.serialEvents through the gateway", () => {
  let hub: TestHub;
  let acme: HubClient;
  const feeds: LiveFeed<SerialEventsSubscription>[] = [];

  const capture = async (events: unknown[]) => {
    const { captureEvents } = await acme.request(CaptureEventsDocument, { epcis: epcisDocument(events) });
    expect(captureEvents.errors).toEqual([]);
    return captureEvents;
  };

  /** A live feed, proven live by capturing `probeEpc` until its notice arrives. */
  const watch = async (filter: SerialEventFilter, probeEpc: string, ...roles: Parameters<TestHub["client"]>[1][]) => {
    const feed = new LiveFeed(hub.client("acme", ...(roles.length ? roles : ["admin" as const])).subscribe(SerialEventsDocument, { filter }));
    feeds.push(feed);
    await feed.ready(() => capture([shipping([probeEpc], "2025-03-01T12:00:00Z", { eventID: `urn:uuid:${randomUUID()}` })]), isProbe);
    return feed;
  };

  /** The first response of a subscription that is refused when it starts. */
  const refusal = async (filter: SerialEventFilter, ...roles: Parameters<TestHub["client"]>[1][]) => {
    const feed = new LiveFeed(hub.client("acme", ...roles).subscribe(SerialEventsDocument, { filter }));
    feeds.push(feed);
    return feed.waitFor(() => true, 5000, "the refusal");
  };

  beforeAll(async () => {
    hub = await startTestHub();
    acme = hub.client("acme", "admin");
    for (const [gtin, name] of [[WIDGET_GTIN, "Widget"], [GADGET_GTIN, "Gadget"]]) {
      await acme.request(CreateProductDocument, { input: { gtin, name, brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    }
  });

  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.close()));
    await hub?.stop();
  });

  it("sends a notice for each (unit, event) of the GTIN in a numeric range, and none for the others", async () => {
    const feed = await watch({ gtin: WIDGET_GTIN, serialRange: { from: "100", to: "199" } }, sgtin("100"), "recall_coordinator");
    await capture([
      commissioning(["150", "199", "0150", "200", "99", "1500", "15A"].map((serial) => sgtin(serial)), "2025-03-01T08:00:00Z"),
      commissioning([gadget("150")], "2025-03-01T08:00:00Z"),
      shipping([sgtin("120"), sgtin("250")], "2025-03-01T12:00:00Z"),
    ]);
    // Captured last: once its notice is here, no notice for the events above can still be on its way.
    await capture([shipping([sgtin("101")], "2025-03-01T15:00:00Z")]);
    await feed.waitFor((response) => serialOf(response) === "101", 5000, "the sentinel");

    expect(feed.events.every((response) => response.errors === undefined)).toBe(true);
    expect(feed.events.map(summary)).toEqual([
      [WIDGET_GTIN, "0150", "commissioning", "epc"],
      [WIDGET_GTIN, "150", "commissioning", "epc"],
      [WIDGET_GTIN, "199", "commissioning", "epc"],
      [WIDGET_GTIN, "120", "shipping", "epc"],
      [WIDGET_GTIN, "101", "shipping", "epc"],
    ]);
    const [first, , third, fourth] = feed.events.map((response) => response.data!.serialEvents);
    expect(first.event.eventId).toBe(third.event.eventId);
    expect(fourth.event.eventId).not.toBe(first.event.eventId);
    expect(first).toMatchObject({
      serial: { status: "ACTIVE", product: { name: "Widget" } },
      event: { type: "ObjectEvent", action: "ADD", disposition: "active", eventTime: "2025-03-01T08:00:00.000Z" },
    });
    const stored = await hub.sql<{ event_id: string }>("SELECT event_id FROM serials.events WHERE tenant_id = 'acme' AND biz_step = 'commissioning'");
    expect(stored.map((row) => row.event_id)).toContain(first.event.eventId);
  });

  it("matches an alphanumeric range by length and byte order, across GTINs", async () => {
    const feed = await watch({ serialRange: { from: "A100", to: "A199" } }, sgtin("A101"));
    await capture([
      commissioning(["A150", "A100", "A10a", "A1500", "A99", "B150", "a150", "A19Z"].map((serial) => sgtin(serial)), "2025-03-01T08:05:00Z"),
      commissioning([gadget("A150")], "2025-03-01T08:06:00Z"),
    ]);
    await capture([shipping([sgtin("A199")], "2025-03-01T15:05:00Z")]);
    await feed.waitFor((response) => serialOf(response) === "A199", 5000, "the sentinel");

    expect(feed.events.map(summary)).toEqual([
      [WIDGET_GTIN, "A100", "commissioning", "epc"],
      [WIDGET_GTIN, "A10a", "commissioning", "epc"],
      [WIDGET_GTIN, "A150", "commissioning", "epc"],
      [GADGET_GTIN, "A150", "commissioning", "epc"],
      [WIDGET_GTIN, "A199", "shipping", "epc"],
    ]);
  });

  it("expands a capture announced in several messages (40 ids each) into every notice", async () => {
    const feed = await watch({ gtin: WIDGET_GTIN, serialRange: { from: "300", to: "399" } }, sgtin("398"), "auditor");
    const serials = Array.from({ length: 45 }, (_, i) => String(300 + i));
    await capture(serials.map((serial, i) => commissioning([sgtin(serial)], `2025-03-01T07:00:${String(i).padStart(2, "0")}Z`)));
    await capture([shipping([sgtin("399")], "2025-03-01T15:10:00Z")]);
    await feed.waitFor((response) => serialOf(response) === "399", 5000, "the sentinel");

    expect(feed.events.map(serialOf)).toEqual([...serials, "399"]);
    expect(new Set(feed.events.map((response) => response.data?.serialEvents.event.eventId)).size).toBe(46);
  });

  it("refuses a service centre", async () => {
    const first = await refusal({}, "service_centre");
    expect(first.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
  });

  it.each([
    [{ serialRange: { from: "200", to: "100" } }, "filter.serialRange"],
    [{ serialRange: { from: "A10", to: "A9" } }, "filter.serialRange"],
    [{ serialRange: { from: "B10", to: "A10" } }, "filter.serialRange"],
    [{ gtin: "10614141073465" }, "filter.gtin"],
  ])("refuses the filter %j with BAD_USER_INPUT", async (filter, field) => {
    const first = await refusal(filter, "integrator");
    expect(first.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field } });
  });
});
