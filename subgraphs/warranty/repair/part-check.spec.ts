import type { CodeVerification } from "../peers/unit-facts";
import { SuspectPartPolicy } from "../settings/warranty-settings";
import { checkParts, type SwapEvidence } from "./part-check";
import { PartProblem } from "./repair-enums";

const GTIN = "10614141073464";
const PART = "09520123456788";
const unit = { gtin: GTIN, serial: "U1" };
const other = { gtin: GTIN, serial: "U2" };
const genuine: CodeVerification = { verified: true, verdict: "GENUINE", failureReason: null, additionalInfo: [] };

const swap = (change: Partial<SwapEvidence> = {}): SwapEvidence => ({
  removed: { gtin: PART, serial: "OLD" },
  installed: { gtin: PART, serial: "NEW" },
  verification: genuine,
  installedIn: null,
  removedFrom: unit,
  ...change,
});

describe("checkParts", () => {
  it("accepts a genuine, free part and records the swap", () => {
    expect(checkParts(unit, [swap()], SuspectPartPolicy.REFUSE)).toMatchObject({
      accepted: true,
      flags: [],
      toRemove: [{ gtin: PART, serial: "OLD" }],
      toInstall: [{ gtin: PART, serial: "NEW" }],
      reports: [],
      message: "Repair recorded.",
    });
  });

  it.each([
    ["unknown", { verification: { verified: false, verdict: "SUSPECT", failureReason: "NO_MATCH_GTIN_SERIAL", additionalInfo: [] } }, PartProblem.UNKNOWN, "COUNTERFEIT_PART"],
    ["forged", { verification: { verified: false, verdict: "SUSPECT", failureReason: "SIGNATURE_INVALID", additionalInfo: ["SUSPECT"] } }, PartProblem.NOT_GENUINE, "COUNTERFEIT_PART"],
    ["already installed", { installedIn: other }, PartProblem.ALREADY_INSTALLED, "PART_ALREADY_INSTALLED"],
  ] as const)("refuses an %s part under REFUSE and passes it with a flag under ACCEPT_WITH_FLAG; reported either way", (_name, change, problem, kind) => {
    const refused = checkParts(unit, [swap(change as Partial<SwapEvidence>)], SuspectPartPolicy.REFUSE);
    const flagged = checkParts(unit, [swap(change as Partial<SwapEvidence>)], SuspectPartPolicy.ACCEPT_WITH_FLAG);
    expect(refused).toMatchObject({ accepted: false, parts: [{ problems: [problem] }], reports: [{ kind }] });
    expect(flagged).toMatchObject({ accepted: true, parts: [{ problems: [problem] }], reports: [{ kind }], message: "Repair recorded, with flags." });
    expect(flagged.flags[0]).toMatch(/^PART_/);
  });

  it("always refuses a recalled part, and reports nothing for it", () => {
    const recalled = swap({ verification: { ...genuine, additionalInfo: ["RECALLED"] } });
    const check = checkParts(unit, [recalled], SuspectPartPolicy.ACCEPT_WITH_FLAG);
    expect(check).toMatchObject({ accepted: false, flags: [`PART_RECALLED: (01)${PART}(21)NEW`], reports: [] });
    expect(check.message).toContain("recalled");
  });

  it("re-seating a part already in this unit is no problem", () => {
    expect(checkParts(unit, [swap({ installedIn: unit, removed: null })], SuspectPartPolicy.REFUSE)).toMatchObject({ accepted: true, flags: [] });
  });

  it("does not take a removed part out of another unit, and notes one nobody recorded", () => {
    const elsewhere = checkParts(unit, [swap({ removedFrom: other })], SuspectPartPolicy.REFUSE);
    expect(elsewhere).toMatchObject({ accepted: true, toRemove: [], flags: [`REMOVED_PART_IN_OTHER_UNIT: (01)${PART}(21)OLD is in (01)${GTIN}(21)U2`] });
    const unrecorded = checkParts(unit, [swap({ removedFrom: null })], SuspectPartPolicy.REFUSE);
    expect(unrecorded).toMatchObject({ accepted: true, toRemove: [{ gtin: PART, serial: "OLD" }], flags: [`REMOVED_PART_NOT_ON_RECORD: (01)${PART}(21)OLD`] });
  });
});
