import { AnomalyKind } from "../anomaly/anomaly-kind";
import { VERIFICATION_SCAN_BIZ_STEP } from "./rule-event";
import { commission, ev, kindsOf, run } from "./rule-testing";

const RECALL = "0b6b0f7e-0000-4000-8000-00000000000a";

describe("RECALLED_MOVING from recall scopes", () => {
  it("fires when a unit an open recall covers is shipped, sold or scanned", () => {
    const items = [
      commission(0),
      ev(10, { bizStep: "shipping", disposition: "in_transit" }),
      ev(20, { bizStep: "retail_selling", disposition: "retail_sold" }),
      ev(30, { bizStep: VERIFICATION_SCAN_BIZ_STEP }),
    ];
    const outcome = run({ items, recalledIn: [RECALL] });
    expect(kindsOf(outcome)).toEqual([AnomalyKind.RECALLED_MOVING, AnomalyKind.RECALLED_MOVING, AnomalyKind.RECALLED_MOVING]);
    expect(outcome.drafts[0]).toMatchObject({ ruleVersion: 2, hint: expect.stringContaining(RECALL) });
  });

  it("stays silent for the same history without a recall, and for returns of a recalled unit", () => {
    const moves = [commission(0), ev(10, { bizStep: "shipping", disposition: "in_transit" })];
    expect(kindsOf(run({ items: moves }))).toEqual([]);
    const back = [commission(0), ev(10, { bizStep: "shipping", disposition: "returned" }), ev(20, { bizStep: "receiving", returnAuthorised: true })];
    expect(kindsOf(run({ items: back, recalledIn: [RECALL] }))).toEqual([]);
  });

  it("keeps the disposition fallback", () => {
    const items = [commission(0), ev(10, { bizStep: "holding", disposition: "recalled" }), ev(20, { bizStep: "shipping", disposition: "in_transit" })];
    expect(kindsOf(run({ items }))).toEqual([AnomalyKind.RECALLED_MOVING]);
  });

  it("remembers that a unit was shipped (an ACTIVE unit is then in the channel)", () => {
    expect(run({ items: [commission(0)] }).memory.shipped).toBe(false);
    expect(run({ items: [commission(0), ev(10, { bizStep: "shipping" }), ev(20, { bizStep: "receiving" })] }).memory.shipped).toBe(true);
  });
});
