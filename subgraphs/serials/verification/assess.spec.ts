import { SerialStatus } from "../serial/serial-status";
import { assess, type Evidence } from "./assess";

const unit = (fields: Partial<NonNullable<Evidence["unit"]>> = {}): NonNullable<Evidence["unit"]> => ({
  status: SerialStatus.ACTIVE,
  allocatedAt: new Date("2025-01-01"),
  lot: "L1",
  expiry: "2027-06-30",
  lastEventTime: new Date("2025-02-01"),
  lastCountry: "DE",
  ...fields,
});

const evidence = (fields: Partial<Evidence> = {}): Evidence => ({
  code: { gtin: "09520123456788", serial: "ABC", lot: null, expiry: null },
  product: { name: "Widget", brand: "Acme" },
  unit: unit(),
  signature: "VALID",
  recalled: false,
  today: "2026-01-01",
  ...fields,
});

describe("assess", () => {
  it("accepts a genuine, active unit", () => {
    expect(assess(evidence())).toMatchObject({
      verified: true,
      verdict: "GENUINE",
      failureReason: null,
      additionalInfo: [],
      state: { status: "ACTIVE", reason: null },
      recommendedAction: "ACCEPT",
      message: "Genuine Widget by Acme.",
    });
  });

  it.each([
    ["GTIN_UNKNOWN", evidence({ product: null, unit: null })],
    ["NO_MATCH_GTIN_SERIAL", evidence({ unit: null })],
    ["NO_MATCH_GTIN_SERIAL", evidence({ unit: unit({ status: SerialStatus.UNCOMMISSIONED, allocatedAt: null }) })],
    ["NO_MATCH_GTIN_SERIAL", evidence({ code: { gtin: "09520123456788", serial: null, lot: null, expiry: null } })],
    ["NO_MATCH_LOT", evidence({ code: { gtin: "09520123456788", serial: "ABC", lot: "L2", expiry: null } })],
    ["NO_MATCH_EXPIRY", evidence({ code: { gtin: "09520123456788", serial: "ABC", lot: "L1", expiry: "2027-07-31" } })],
    ["NO_MATCH_LOT_EXPIRY", evidence({ code: { gtin: "09520123456788", serial: "ABC", lot: "L2", expiry: "2027-07-31" } })],
    ["SIGNATURE_INVALID", evidence({ signature: "INVALID" })],
  ])("fails with %s", (reason, input) => {
    const result = assess(input);
    expect(result).toMatchObject({ verified: false, verdict: "SUSPECT", failureReason: reason, recommendedAction: "REJECT" });
  });

  it("flags a forged signature as suspect", () => {
    expect(assess(evidence({ signature: "INVALID" })).additionalInfo).toEqual(["SUSPECT"]);
    expect(assess(evidence({ signature: "ABSENT" })).verified).toBe(true);
  });

  it("tells expired, recalled and stolen units apart", () => {
    expect(assess(evidence({ today: "2027-07-01" }))).toMatchObject({
      verdict: "GENUINE",
      additionalInfo: ["EXPIRED"],
      recommendedAction: "QUARANTINE",
      message: "Genuine Widget, but it expired on 2027-06-30.",
    });
    expect(assess(evidence({ recalled: true }))).toMatchObject({ additionalInfo: ["RECALLED"], recommendedAction: "REJECT" });
    expect(assess(evidence({ unit: unit({ status: SerialStatus.STOLEN }) }))).toMatchObject({
      verdict: "SUSPECT",
      additionalInfo: ["ILLEGITIMATE"],
      state: { status: "INACTIVE", reason: "STOLEN" },
    });
  });

  it("quarantines units that are not in circulation", () => {
    expect(assess(evidence({ unit: unit({ status: SerialStatus.SOLD }) }))).toMatchObject({
      verified: true,
      state: { status: "INACTIVE", reason: "SOLD" },
      recommendedAction: "QUARANTINE",
    });
    expect(assess(evidence({ unit: unit({ status: SerialStatus.ALLOCATED }) })).state?.reason).toBe("NOT_RELEASED");
    expect(assess(evidence({ unit: unit({ status: SerialStatus.DESTROYED }) })).recommendedAction).toBe("REJECT");
  });
});
