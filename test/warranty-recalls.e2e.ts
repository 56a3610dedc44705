import { CreateLotDocument, CreateProductDocument, GenerateSerialsDocument, OpenRecallDocument, WarrantyStatusDocument } from "../clients/generated/graphql";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GTIN = "09506000134376";

describe("warranty status lists the open recalls on a unit", () => {
  let hub: TestHub;
  let units: { digitalLink: string; serial: string }[];

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = hub.client("acme", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Drill", brand: "Acme", markets: ["DE"], warrantyMonths: 24 } });
    await admin.request(CreateLotDocument, { input: { gtin: GTIN, lot: "L7", expiry: "2031-01-31" } });
    await admin.request(CreateLotDocument, { input: { gtin: GTIN, lot: "L8", expiry: "2031-01-31" } });
    units = [
      ...(await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 1, lot: "L7", commission: true } })).generateSerials.serials,
      ...(await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 1, lot: "L8", commission: true } })).generateSerials.serials,
    ];
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("names a lot-scoped recall for a unit of that lot, and none for a unit of another lot", async () => {
    const { openRecall } = await hub.client("acme", "recall_coordinator").request(OpenRecallDocument, {
      input: { gtin: GTIN, scope: { lots: ["L7"] }, reason: "Battery overheating", instructions: "Stop using it and bring it back." },
    });
    const centre = hub.client("acme", "service_centre");
    const recalled = (await centre.request(WarrantyStatusDocument, { code: units[0].digitalLink })).warrantyStatus;
    expect(recalled.openRecalls.map((recall) => recall.id)).toEqual([openRecall.id]);
    expect(recalled.flags).toContain("RECALLED");
    const other = (await centre.request(WarrantyStatusDocument, { code: units[1].digitalLink })).warrantyStatus;
    expect(other.openRecalls).toEqual([]);
  });
});
