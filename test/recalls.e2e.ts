import type { HubClient } from "../clients/client";
import {
  AmendRecallDocument,
  CaptureEventsDocument,
  CreateProductDocument,
  OpenRecallDocument,
  PreviewRecallDocument,
  RecallDocument,
  SerialRecallsDocument,
  type OpenRecallInput,
  type RecallScopeInput,
} from "../clients/generated/graphql";
import { commissioning, epcisDocument, sgtin, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

/** Units of the Widget: serial → [lot, commissioning time]. */
const UNITS: Record<string, [string, string]> = {
  ...Object.fromEntries(Array.from({ length: 21 }, (_, i) => [String(100 + i), ["L1", "2025-03-01T08:00:00Z"]])),
  "0150": ["L2", "2025-03-02T08:00:00Z"],
  "1500": ["L2", "2025-03-02T08:00:00Z"],
  "99": ["L2", "2025-03-02T08:00:00Z"],
  A100: ["L3", "2025-03-05T08:00:00Z"],
  A150: ["L3", "2025-03-05T08:00:00Z"],
  A199: ["L3", "2025-03-05T08:00:00Z"],
  A1500: ["L3", "2025-03-05T08:00:00Z"],
  A99: ["L3", "2025-03-05T08:00:00Z"],
  a150: ["L3", "2025-03-05T08:00:00Z"],
  "L4-1": ["L4", "2025-03-10T08:00:00Z"],
  "L4-2": ["L4", "2025-03-10T08:00:00Z"],
};

const recallInput = (scope: RecallScopeInput, extra: Partial<OpenRecallInput> = {}): OpenRecallInput => ({
  gtin: WIDGET_GTIN,
  scope,
  reason: "Battery cells from one supplier may overheat.",
  instructions: "Stop using the widget and return it to the shop for a free replacement.",
  ...extra,
});

describe("recall scopes through the gateway", () => {
  let hub: TestHub;
  let coordinator: HubClient;

  const sorted = (serials: string[]) => [...serials].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  /** The serials a recall covers, from its export, sorted byte-wise. */
  const affected = async (recallId: string) => {
    const response = await fetch(`${hub.url}/recalls/${recallId}/affected.csv`, { headers: { authorization: `Bearer ${hub.token("acme", "recall_coordinator")}` } });
    expect(response.status).toBe(200);
    return sorted((await response.text()).trim().split("\n").slice(1).map((line) => line.split(",")[1]));
  };
  const stored = () =>
    hub.sql(`SELECT (SELECT count(*) FROM recalls.recalls)::int AS recalls, (SELECT count(*) FROM serials.recall_predicates)::int AS scopes,
               (SELECT count(*) FROM serials.recall_list_serials)::int AS listed`);

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = hub.client("acme", "admin");
    coordinator = hub.client("acme", "recall_coordinator");
    await admin.request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    const byLot = new Map<string, string[]>();
    for (const [serial, [lot, time]] of Object.entries(UNITS)) {
      byLot.set(`${lot}|${time}`, [...(byLot.get(`${lot}|${time}`) ?? []), serial]);
    }
    const events = [...byLot].map(([key, serials]) => {
      const [lot, time] = key.split("|");
      return commissioning(serials.map((serial) => sgtin(serial)), time, { ilmd: { "cbvmda:lotNumber": lot } });
    });
    const { captureEvents } = await admin.request(CaptureEventsDocument, { epcis: epcisDocument(events) });
    expect(captureEvents.errors).toEqual([]);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it.each<[string, RecallScopeInput, string[]]>([
    ["numeric range, edges included, by value", { serialRanges: [{ from: "99", to: "150" }] }, ["99", "0150", ...Array.from({ length: 21 }, (_, i) => String(100 + i))]],
    ["alphanumeric range, same length only", { serialRanges: [{ from: "A100", to: "A199" }] }, ["A100", "A150", "A199"]],
    ["union of a lot and two one-unit ranges", { lots: ["L4"], serialRanges: [{ from: "A150", to: "A150" }, { from: "1500", to: "1500" }] }, ["L4-1", "L4-2", "A150", "1500"]],
    ["production window", { producedFrom: "2025-03-04T00:00:00Z", producedTo: "2025-03-06T00:00:00Z" }, ["A100", "A150", "A199", "A1500", "A99", "a150"]],
    ["lot and range overlapping count once", { lots: ["L1"], serialRanges: [{ from: "110", to: "125" }] }, Array.from({ length: 21 }, (_, i) => String(100 + i))],
  ])("%s: the preview equals what is committed", async (_name, scope, expected) => {
    const { previewRecall } = await coordinator.request(PreviewRecallDocument, { input: recallInput(scope) });
    const { openRecall } = await coordinator.request(OpenRecallDocument, { input: recallInput(scope) });
    expect(previewRecall.affectedCount).toBe(expected.length);
    expect(openRecall).toMatchObject({ affectedCount: expected.length, status: "OPEN", scopeVersion: 1, gtin: WIDGET_GTIN, openedBy: "acme-user" });
    expect(await affected(openRecall.id)).toEqual(sorted(expected));
    expect(previewRecall.byStatus).toEqual([{ key: "ACTIVE", count: expected.length }]);
    expect(previewRecall.byState).toContainEqual({ state: "NOT_YET_SHIPPED", count: expected.length });
  });

  it("splits a preview by lot and counts listed serials the hub has never seen", async () => {
    const { previewRecall } = await coordinator.request(PreviewRecallDocument, {
      input: recallInput({ lots: ["L2", "L4"], serials: ["L4-1", "NEVER-SEEN-1", "NEVER-SEEN-2"] }),
    });
    expect(previewRecall.affectedCount).toBe(7);
    expect(previewRecall.byLot).toEqual([
      { key: "L2", count: 3 },
      { key: "L4", count: 2 },
      { key: null, count: 2 },
    ]);
    expect(previewRecall.byStatus).toEqual([
      { key: "ACTIVE", count: 5 },
      { key: null, count: 2 },
    ]);
    expect(previewRecall.byState).toContainEqual({ state: "UNKNOWN", count: 2 });
  });

  it("amends a scope as a new version, keeping the explicit list unless it is replaced", async () => {
    const { openRecall } = await coordinator.request(OpenRecallDocument, {
      input: recallInput({ serialRanges: [{ from: "100", to: "105" }], serials: ["NEVER-SEEN-3"] }),
    });
    expect(openRecall).toMatchObject({ affectedCount: 7, scope: { listedCount: 1, serialRanges: [{ from: "100", to: "105" }] } });

    const { amendRecall: amended } = await hub
      .client("acme", "admin")
      .request(AmendRecallDocument, { id: openRecall.id, scope: { lots: ["L2"] } });
    expect(amended).toMatchObject({ scopeVersion: 2, affectedCount: 4, scope: { lots: ["L2"], serialRanges: [], listedCount: 1 } });
    expect(await affected(openRecall.id)).toEqual(sorted(["0150", "1500", "99", "NEVER-SEEN-3"]));
    expect(amended.versions.map((v) => [v.version, v.change, v.affectedCount, v.changedBy])).toEqual([
      [1, "OPENED", 7, "acme-user"],
      [2, "AMENDED", 4, "acme-user"],
    ]);
    expect(amended.versions[0].scope).toMatchObject({ serialRanges: [{ from: "100", to: "105" }], lots: [] });

    const unit = async (serial: string) =>
      (await coordinator.request(SerialRecallsDocument, { gtin: WIDGET_GTIN, serial })).serial?.recalls.map((recall) => recall.id) ?? [];
    expect(await unit("101")).not.toContain(openRecall.id);
    expect(await unit("0150")).toContain(openRecall.id);

    const { amendRecall: cleared } = await coordinator.request(AmendRecallDocument, { id: openRecall.id, scope: { lots: ["L2"], serials: [] } });
    expect(cleared).toMatchObject({ scopeVersion: 3, affectedCount: 3, scope: { listedCount: 0, serialLists: [] } });
    expect(await affected(openRecall.id)).toEqual(sorted(["0150", "1500", "99"]));
  });

  it.each<[string, OpenRecallInput, string, string]>([
    ["a bad character in a range bound", recallInput({ serialRanges: [{ from: "100", to: "110" }, { from: "A100", to: "A1#9" }] }), "BAD_USER_INPUT", "input.scope.serialRanges[1].to"],
    ["a range whose bounds differ in length", recallInput({ serialRanges: [{ from: "A10", to: "A9" }] }), "BAD_USER_INPUT", "input.scope.serialRanges[0]"],
    ["a reversed numeric range", recallInput({ serialRanges: [{ from: "200", to: "100" }] }), "BAD_USER_INPUT", "input.scope.serialRanges[0]"],
    ["a bad lot", recallInput({ lots: ["L1", ""] }), "BAD_USER_INPUT", "input.scope.lots[1]"],
    ["a bad serial", recallInput({ serials: ["OK-1", "not ok"] }), "BAD_USER_INPUT", "input.scope.serials[1]"],
    ["a reversed production window", recallInput({ producedFrom: "2025-03-02T00:00:00Z", producedTo: "2025-03-01T00:00:00Z" }), "BAD_USER_INPUT", "input.scope.producedTo"],
    ["an unknown serial list", recallInput({ serialLists: ["0b6b0f7e-0000-4000-8000-000000000099"] }), "BAD_USER_INPUT", "input.scope.serialLists[0]"],
    ["an empty scope", recallInput({}), "BAD_USER_INPUT", "input.scope"],
    ["a bad market", recallInput({ lots: ["L1"] }, { markets: ["DE", "XX"] }), "BAD_USER_INPUT", "input.markets[1]"],
    ["a GTIN that is not the tenant's", recallInput({ lots: ["L1"] }, { gtin: "04012345111118" }), "NOT_FOUND", "input.gtin"],
  ])("refuses %s precisely and writes nothing", async (_name, input, code, field) => {
    const before = await stored();
    for (const response of [await coordinator.execute(PreviewRecallDocument, { input }), await coordinator.execute(OpenRecallDocument, { input })]) {
      expect(response.errors?.[0]).toMatchObject({ extensions: { code, field } });
    }
    expect(await stored()).toEqual(before);
  });

  it("refuses an amendment with a bad path, and one of an unknown recall", async () => {
    const { openRecall } = await coordinator.request(OpenRecallDocument, { input: recallInput({ lots: ["L4"] }) });
    const bad = await coordinator.execute(AmendRecallDocument, { id: openRecall.id, scope: { serialRanges: [{ from: "1", to: "2" }, { from: "9", to: "1" }] } });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "scope.serialRanges[1]" } });
    expect((await coordinator.request(RecallDocument, { id: openRecall.id })).recall).toMatchObject({ scopeVersion: 1, affectedCount: 2 });
    const unknown = await coordinator.execute(AmendRecallDocument, { id: "0b6b0f7e-0000-4000-8000-000000000098", scope: { lots: ["L1"] } });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
  });
});
