import type { HubClient } from "../clients/client";
import {
  AmendRecallDocument,
  AnomaliesDocument,
  CaptureEventsDocument,
  CloseRecallDocument,
  CreateLotDocument,
  CreateProductDocument,
  GenerateSerialsDocument,
  OpenRecallDocument,
  ProductRecallsDocument,
  RecallProgressDocument,
  SerialRecallsDocument,
  VerifyDocument,
} from "../clients/generated/graphql";
import { commissioning, epcisDocument, objectEvent, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const LOT = "LP1";
const INSTRUCTIONS = "Stop using it and return it to the shop for a free replacement.";
const link = (serial: string) => `https://id.gs1.org/01/${WIDGET_GTIN}/21/${serial}`;
const units = (...serials: string[]) => serials.map((serial) => sgtin(serial));
const P = (n: number) => `P${String(n).padStart(2, "0")}`;
const DC = "urn:epc:id:sgln:4012345.00001.0";
const SHOP = "urn:epc:id:sgln:4012345.00002.0";

describe("a recall everywhere its units appear", () => {
  let hub: TestHub;
  let admin: HubClient;
  let coordinator: HubClient;
  let recallId: string;

  const capture = async (events: unknown[]) => {
    const { captureEvents } = await admin.request(CaptureEventsDocument, { epcis: epcisDocument(events) });
    expect(captureEvents.errors).toEqual([]);
    return captureEvents;
  };
  const recalledMoving = async () =>
    (await admin.request(AnomaliesDocument, { first: 100, filter: { kinds: ["RECALLED_MOVING"] } })).anomalies.edges.map((edge) => edge.node);
  /** The serials the recall covers, from its export. */
  const affected = async () => {
    const response = await fetch(`${hub.url}/recalls/${recallId}/affected.csv`, { headers: { authorization: `Bearer ${hub.token("acme", "admin")}` } });
    return (await response.text()).trim().split("\n").slice(1).map((line) => line.split(",")[1]);
  };

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    coordinator = hub.client("acme", "recall_coordinator");
    await admin.request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    await capture([commissioning(units(...Array.from({ length: 10 }, (_, i) => P(i + 1))), "2025-03-01T08:00:00Z", { ilmd: { "cbvmda:lotNumber": LOT } })]);
    const { openRecall } = await coordinator.request(OpenRecallDocument, {
      input: { gtin: WIDGET_GTIN, scope: { lots: [LOT], serials: ["GHOST-1"] }, reason: "Overheating cells.", instructions: INSTRUCTIONS, severity: "CLASS_II" },
    });
    expect(openRecall.affectedCount).toBe(11);
    recallId = openRecall.id;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("verify reports RECALLED: the owner in full, the public as a message with the instructions", async () => {
    const { verify: owner } = await admin.request(VerifyDocument, { code: link(P(9)) });
    expect(owner).toMatchObject({ verified: true, additionalInfo: ["RECALLED"], recommendedAction: "REJECT" });
    const { verify: anyone } = await hub.client().request(VerifyDocument, { code: link(P(10)), context: { country: "DE" } });
    expect(anyone).toMatchObject({ verdict: "GENUINE", additionalInfo: null, message: `Genuine Widget, but it has been recalled: ${INSTRUCTIONS}` });
  });

  it("Serial.recalls and Product.recalls show it", async () => {
    const { serial } = await coordinator.request(SerialRecallsDocument, { gtin: WIDGET_GTIN, serial: P(1) });
    expect(serial?.recalls).toEqual([{ id: recallId, title: "Overheating cells.", status: "OPEN", instructions: INSTRUCTIONS, severity: "CLASS_II" }]);
    const { product } = await coordinator.request(ProductRecallsDocument, { gtin: WIDGET_GTIN });
    expect(product?.recalls).toEqual([{ id: recallId, status: "OPEN" }]);
  });

  it("covers a unit commissioned later into the recalled lot, and its move in the same batch raises RECALLED_MOVING", async () => {
    const result = await capture([
      commissioning(units(P(11)), "2025-03-03T08:00:00Z", { ilmd: { "cbvmda:lotNumber": LOT } }),
      shipping(units(P(11)), "2025-03-03T09:00:00Z"),
    ]);
    expect(result.anomalies.map((anomaly) => anomaly.kind)).toEqual(["RECALLED_MOVING"]);
    // Newest first: P10 was scanned by the public verification above.
    expect((await recalledMoving()).map((anomaly) => anomaly.serial?.serial)).toEqual([P(11), P(10)]);
    expect(await affected()).toContain(P(11));
  });

  it("covers units generated into the recalled lot", async () => {
    await admin.request(CreateLotDocument, { input: { gtin: WIDGET_GTIN, lot: LOT, expiry: "2027-12-31" } });
    const { generateSerials } = await admin.request(GenerateSerialsDocument, { input: { gtin: WIDGET_GTIN, count: 3, lot: LOT, commission: true } });
    expect(await affected()).toEqual(expect.arrayContaining(generateSerials.serials.map((unit) => unit.serial)));
  });

  it("counts progress by state after a stream of events, and raises RECALLED_MOVING for moves but not returns", async () => {
    await capture([shipping(units(P(1), P(2), P(3), P(4)), "2025-03-04T08:00:00Z", { readPoint: { id: DC } })]);
    await capture([objectEvent({ bizStep: "receiving", disposition: "in_progress", epcList: units(P(1), P(2)), eventTime: "2025-03-05T08:00:00Z", bizLocation: { id: SHOP } })]);
    await capture([objectEvent({ bizStep: "retail_selling", disposition: "retail_sold", epcList: units(P(3)), eventTime: "2025-03-06T08:00:00Z" })]);
    await capture([objectEvent({ bizStep: "receiving", disposition: "returned", epcList: units(P(4)), eventTime: "2025-03-06T09:00:00Z" })]);
    await capture([objectEvent({ action: "DELETE", bizStep: "destroying", disposition: "destroyed", epcList: units(P(5)), eventTime: "2025-03-07T08:00:00Z" })]);

    const { recallProgress } = await coordinator.request(RecallProgressDocument, { id: recallId });
    expect(recallProgress).toMatchObject({
      recall: { id: recallId, status: "OPEN" },
      affectedCount: 15,
      inChannel: 3, // P01 and P02 received at the shop, P11 in transit
      sold: 1,
      returned: 1,
      destroyed: 1,
      notYetShipped: 8, // P06–P10 and the three generated units
      unknown: 1, // GHOST-1, never seen
    });
    expect(recallProgress.byCustodian).toContainEqual({ key: SHOP, count: 2 });

    const perUnit = new Map<string, number>();
    for (const anomaly of await recalledMoving()) {
      perUnit.set(anomaly.serial!.serial, (perUnit.get(anomaly.serial!.serial) ?? 0) + 1);
    }
    // P04: its shipment, not its return; P05: destroying is not a move; P09 and P10: the verifications above.
    expect(Object.fromEntries(perUnit)).toEqual({ [P(1)]: 2, [P(2)]: 2, [P(3)]: 2, [P(4)]: 1, [P(10)]: 1, [P(11)]: 1 });
  });

  it("closing stops verify, RECALLED_MOVING and amendments, and keeps progress", async () => {
    const { closeRecall } = await coordinator.request(CloseRecallDocument, { id: recallId });
    expect(closeRecall).toMatchObject({ status: "CLOSED", closedBy: "acme-user" });
    const { verify } = await admin.request(VerifyDocument, { code: link(P(7)) });
    expect(verify.additionalInfo).toEqual([]);
    const result = await capture([shipping(units(P(7)), "2025-03-08T08:00:00Z")]);
    expect(result.anomalies).toEqual([]);
    const { serial } = await coordinator.request(SerialRecallsDocument, { gtin: WIDGET_GTIN, serial: P(7) });
    expect(serial?.recalls.map((recall) => recall.status)).toEqual(["CLOSED"]);
    const amend = await coordinator.execute(AmendRecallDocument, { id: recallId, scope: { lots: ["X"] } });
    expect(amend.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" } });
    const again = await coordinator.execute(CloseRecallDocument, { id: recallId });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" } });
    expect((await coordinator.request(RecallProgressDocument, { id: recallId })).recallProgress).toMatchObject({ affectedCount: 15, inChannel: 4 });
  });
});
