import { WarrantyStart } from "../settings/warranty-settings";
import { computeCoverage, type CoverageFacts } from "./coverage";
import { CoverageStatus } from "./coverage-status";

const facts = (change: Partial<CoverageFacts> = {}): CoverageFacts => ({
  unitKnown: true,
  warrantyMonths: 12,
  startsFrom: WarrantyStart.SALE,
  firstSale: "2025-01-31",
  firstShipment: "2024-12-01",
  extensionMonths: 0,
  voidReason: null,
  today: "2025-06-01",
  ...change,
});

describe("computeCoverage", () => {
  it("runs from the sale to the same day months later, that day included", () => {
    expect(computeCoverage(facts())).toEqual({
      status: CoverageStatus.ACTIVE,
      reason: null,
      basis: WarrantyStart.SALE,
      startsOn: "2025-01-31",
      endsOn: "2026-01-31",
      remainingDays: 245,
      months: 12,
    });
  });

  it("ends a one-month warranty sold on Jan 31 on the last day of February", () => {
    expect(computeCoverage(facts({ warrantyMonths: 1, today: "2025-02-28" }))).toMatchObject({ status: CoverageStatus.ACTIVE, endsOn: "2025-02-28", remainingDays: 1 });
    expect(computeCoverage(facts({ warrantyMonths: 1, today: "2025-03-01" }))).toMatchObject({ status: CoverageStatus.EXPIRED, remainingDays: 0 });
    expect(computeCoverage(facts({ warrantyMonths: 1, firstSale: "2024-01-31", today: "2024-02-01" })).endsOn).toBe("2024-02-29");
  });

  it("counts extensions from the start, so a clamped month end does not stick", () => {
    const extended = computeCoverage(facts({ warrantyMonths: 1, extensionMonths: 1, today: "2025-03-15" }));
    expect(extended).toMatchObject({ status: CoverageStatus.ACTIVE, endsOn: "2025-03-31", months: 2, remainingDays: 17 });
  });

  it("revives an expired warranty with an extension", () => {
    expect(computeCoverage(facts({ today: "2026-03-01" }))).toMatchObject({ status: CoverageStatus.EXPIRED, reason: "Coverage ended on 2026-01-31." });
    expect(computeCoverage(facts({ today: "2026-03-01", extensionMonths: 6 }))).toMatchObject({ status: CoverageStatus.ACTIVE, endsOn: "2026-07-31" });
  });

  it("starts at the first shipment for SHIPMENT terms, and at the sale when no shipment is on record", () => {
    expect(computeCoverage(facts({ startsFrom: WarrantyStart.SHIPMENT }))).toMatchObject({ basis: WarrantyStart.SHIPMENT, startsOn: "2024-12-01", endsOn: "2025-12-01" });
    expect(computeCoverage(facts({ startsFrom: WarrantyStart.SHIPMENT, firstShipment: null }))).toMatchObject({ basis: WarrantyStart.SALE, startsOn: "2025-01-31" });
  });

  it.each([
    ["no sale", { firstSale: null }, "No sale of this unit is on record."],
    ["no sale nor shipment for SHIPMENT terms", { startsFrom: WarrantyStart.SHIPMENT, firstSale: null, firstShipment: null }, "No shipment or sale of this unit is on record."],
    ["a product without warranty", { warrantyMonths: 0 }, "The product carries no warranty."],
    ["another tenant's GTIN", { warrantyMonths: null }, "The GTIN is not one of your products."],
    ["an unknown unit", { unitKnown: false, firstSale: null }, "No unit with this GTIN and serial is on record."],
  ])("is NOT_REGISTERED for %s", (_name, change, reason) => {
    expect(computeCoverage(facts(change))).toMatchObject({ status: CoverageStatus.NOT_REGISTERED, reason, remainingDays: 0 });
  });

  it("is VOID when policy voids it, keeping the dates for the record", () => {
    expect(computeCoverage(facts({ voidReason: "The unit was reported stolen." }))).toMatchObject({
      status: CoverageStatus.VOID,
      reason: "The unit was reported stolen.",
      endsOn: "2026-01-31",
      remainingDays: 0,
    });
  });
});
