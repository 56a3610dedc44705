import { AnomalyKind } from "../anomaly/anomaly-kind";
import { SerialStatus } from "../serial/serial-status";
import { initialState } from "../serial/serial-state";
import { unknownGtins } from "./evaluate";
import { buildFacts } from "./rule-facts";
import { EMPTY_MEMORY } from "./rule-memory";
import { effectiveSettings } from "./rule-settings";
import { at, commission, ev, GTIN, kindsOf, run, scan } from "./rule-testing";

const BERLIN = { id: "https://id.gs1.org/414/4012345000016", country: "DE", lat: 52.52, lon: 13.405, party: null };
const SAO_PAULO = { id: "https://id.gs1.org/414/4012345000023", country: "BR", lat: -23.55, lon: -46.63, party: null };
const MUNICH = { id: "https://id.gs1.org/414/4012345000030", country: "DE", lat: 48.14, lon: 11.58, party: null };
const SHANGHAI = { id: "https://id.gs1.org/414/4012345000047", country: "CN", lat: 31.23, lon: 121.47, party: null };
const PLACES = [BERLIN, SAO_PAULO, MUNICH, SHANGHAI];
const SGLN = { berlin: "urn:epc:id:sgln:4012345.00001.0", saoPaulo: "urn:epc:id:sgln:4012345.00002.0", munich: "urn:epc:id:sgln:4012345.00003.0", shanghai: "urn:epc:id:sgln:4012345.00004.0" };

describe("UNKNOWN_SERIAL", () => {
  it("fires for a serial of the tenant's GTIN that was never issued nor commissioned, with look-alike hints", () => {
    const outcome = run({ allocated: false, items: [ev(0, { bizStep: "shipping" })] });
    expect(kindsOf(outcome)).toEqual([AnomalyKind.UNKNOWN_SERIAL]);
  });

  it("does not fire when the commissioning arrives in the same history, even later in the batch", () => {
    const outcome = run({ allocated: false, items: [ev(10, { bizStep: "shipping" }), commission(0)] });
    expect(kindsOf(outcome)).toEqual([]);
  });

  it("suggests the case-flipped serial (scanner mangling is the usual false positive)", () => {
    const outcome = run({ allocated: false, items: [ev(0)] });
    expect(outcome.drafts[0].hint).toContain('"s1"');
  });
});

describe("NOT_YET_COMMISSIONED", () => {
  it("fires for an issued serial shipped before it was commissioned", () => {
    expect(kindsOf(run({ items: [ev(0, { bizStep: "shipping" })] }))).toEqual([AnomalyKind.NOT_YET_COMMISSIONED]);
  });

  it("fires for an event from the future beyond the clock skew, as a clock warning", () => {
    const outcome = run({ items: [commission(0), ev(60, { recordTime: at(30) })] });
    expect(outcome.drafts.map((d) => [d.kind, d.severity])).toEqual([[AnomalyKind.NOT_YET_COMMISSIONED, "WARNING"]]);
  });

  it("does not fire within the clock skew, nor for a late commissioning upload placed by event time", () => {
    expect(kindsOf(run({ items: [commission(0), ev(35, { recordTime: at(30) })] }))).toEqual([]);
    // Shipping recorded first, commissioning (earlier event time) arrives later: the fold orders by event time.
    expect(kindsOf(run({ items: [ev(10, { bizStep: "shipping" }), commission(0)] }))).toEqual([]);
  });
});

describe("DUPLICATE_COMMISSIONING", () => {
  it("fires when a unit is commissioned a second time, naming both lots", () => {
    const outcome = run({ items: [commission(0), commission(5, { lot: "L2" })] });
    expect(kindsOf(outcome)).toEqual([AnomalyKind.DUPLICATE_COMMISSIONING]);
    expect(outcome.drafts[0].hint).toContain("lot L2 (first: L1)");
  });

  it("does not fire for one commissioning (resends are deduplicated by event id before the rules)", () => {
    expect(kindsOf(run({ items: [commission(0), ev(5, { bizStep: "packing" })] }))).toEqual([]);
  });
});

describe("TERMINAL_STATE_ACTIVITY", () => {
  it("fires for activity after destruction, as critical", () => {
    const outcome = run({ items: [commission(0), ev(10, { bizStep: "destroying", action: "DELETE", disposition: "destroyed" }), ev(20, { bizStep: "shipping" })] });
    expect(outcome.drafts.map((d) => [d.kind, d.severity])).toEqual([[AnomalyKind.TERMINAL_STATE_ACTIVITY, "CRITICAL"]]);
  });

  it("does not fire for a return after a sale, nor for a consumer checking a unit they bought", () => {
    const sold = [commission(0), ev(10, { bizStep: "retail_selling", disposition: "retail_sold" })];
    expect(kindsOf(run({ items: [...sold, scan(20), ev(30, { bizStep: "receiving", disposition: "returned" })] }))).toEqual([]);
  });

  it("does not fire when the same actor undoes a decommission within the undo window", () => {
    const here = { bizLocation: SGLN.berlin };
    const items = [commission(0), ev(10, { bizStep: "decommissioning", action: "DELETE", disposition: "inactive", ...here }), ev(60, { bizStep: "storing", disposition: "active", ...here })];
    expect(kindsOf(run({ items }))).toEqual([]);
  });
});

describe("DOUBLE_DECOMMISSION", () => {
  const decommission = (minutes: number, where: string) => ev(minutes, { bizStep: "decommissioning", action: "DELETE", disposition: "inactive", bizLocation: where });

  it("warns on repeats by the same actor and alerts on the third", () => {
    const outcome = run({ items: [commission(0), decommission(1, SGLN.berlin), decommission(2, SGLN.berlin), decommission(3, SGLN.berlin), decommission(4, SGLN.berlin)] });
    expect(outcome.drafts.map((d) => d.severity)).toEqual(["WARNING", "WARNING", "ALERT"]);
    expect(new Set(kindsOf(outcome))).toEqual(new Set([AnomalyKind.DOUBLE_DECOMMISSION]));
  });

  it("alerts at once when another actor ends the unit again", () => {
    const outcome = run({ items: [commission(0), decommission(1, SGLN.berlin), decommission(2, SGLN.munich)] });
    expect(outcome.drafts.map((d) => [d.kind, d.severity])).toEqual([[AnomalyKind.DOUBLE_DECOMMISSION, "ALERT"]]);
  });

  it("does not fire for a single decommission", () => {
    expect(kindsOf(run({ items: [commission(0), decommission(1, SGLN.berlin)] }))).toEqual([]);
  });
});

describe("SCAN_COUNT", () => {
  it("fires once when verification sessions exceed the limit", () => {
    const scans = Array.from({ length: 8 }, (_, i) => scan(10 + i, { session: `phone-${i}` }));
    const outcome = run({ items: [commission(0), ...scans] });
    expect(kindsOf(outcome)).toEqual([AnomalyKind.SCAN_COUNT]);
  });

  it("does not fire for one curious consumer re-scanning in one session", () => {
    const scans = Array.from({ length: 12 }, (_, i) => scan(10 + i, { session: "same-phone" }));
    expect(kindsOf(run({ items: [commission(0), ...scans] }))).toEqual([]);
  });
});

describe("IMPOSSIBLE_TRAVEL", () => {
  it("fires for Berlin then São Paulo within an hour, with both events as evidence", () => {
    const first = ev(10, { bizStep: "receiving", bizLocation: SGLN.berlin });
    const second = scan(50, { country: "BR", lat: -23.55, lon: -46.63 });
    const outcome = run({ items: [commission(0, { bizLocation: SGLN.berlin }), first, second], locations: PLACES, markets: ["DE", "BR"] });
    const travel = outcome.drafts.find((d) => d.kind === AnomalyKind.IMPOSSIBLE_TRAVEL);
    expect(travel?.eventIds).toEqual([first.event.eventId, second.event.eventId]);
  });

  it("does not fire for Berlin to Munich by train, nor below the minimum distance", () => {
    const items = [commission(0, { bizLocation: SGLN.berlin }), ev(10, { bizStep: "shipping", bizLocation: SGLN.berlin }), ev(250, { bizStep: "receiving", bizLocation: SGLN.munich })];
    expect(kindsOf(run({ items, locations: PLACES }))).toEqual([]);
  });

  it("mentions IP geolocation error when only countries are known", () => {
    const outcome = run({ items: [commission(0), scan(10, { country: "DE" }), scan(20, { country: "BR" })], markets: ["DE", "BR"] });
    expect(outcome.drafts.find((d) => d.kind === AnomalyKind.IMPOSSIBLE_TRAVEL)?.hint).toContain("IP geolocation error possible");
  });
});

describe("CONCURRENT_REGIONS", () => {
  it("fires for two continents within the window", () => {
    const items = [commission(0, { bizLocation: SGLN.berlin }), scan(60, { country: "DE" }), scan(600, { country: "BR" })];
    expect(kindsOf(run({ items, markets: ["DE", "BR"], settings: { disabled: [AnomalyKind.IMPOSSIBLE_TRAVEL] } }))).toEqual([AnomalyKind.CONCURRENT_REGIONS]);
  });

  it("does not fire for a declared shipment from Shanghai to Berlin by air", () => {
    const items = [
      commission(0, { bizLocation: SGLN.shanghai }),
      ev(60, { bizStep: "shipping", readPoint: SGLN.shanghai }),
      ev(60 + 20 * 60, { bizStep: "receiving", bizLocation: SGLN.berlin }),
    ];
    expect(kindsOf(run({ items, locations: PLACES }))).toEqual([]);
  });
});

describe("MARKET_DIVERSION", () => {
  it("fires when a unit meant for DE is received in BR", () => {
    const items = [commission(0, { bizLocation: SGLN.berlin }), ev(60 * 24 * 7, { bizStep: "receiving", bizLocation: SGLN.saoPaulo })];
    expect(kindsOf(run({ items, locations: PLACES }))).toEqual([AnomalyKind.MARKET_DIVERSION]);
  });

  it("does not fire at the factory abroad, in an allowed transit country, or where the shipment was addressed", () => {
    const week = 60 * 24 * 7;
    const made = commission(0, { bizLocation: SGLN.shanghai });
    expect(kindsOf(run({ items: [made, ev(week, { bizStep: "receiving", bizLocation: SGLN.shanghai })], locations: PLACES }))).toEqual([]);
    expect(kindsOf(run({ items: [made, ev(week, { bizStep: "receiving", bizLocation: SGLN.saoPaulo })], locations: PLACES, settings: { transitCountries: ["BR"] } }))).toEqual([]);
    const addressed = [made, ev(week, { bizStep: "shipping", destinations: [SGLN.saoPaulo] }), ev(2 * week, { bizStep: "receiving", bizLocation: SGLN.saoPaulo })];
    expect(kindsOf(run({ items: addressed, locations: PLACES }))).toEqual([]);
  });

  it("never infers a market from the GTIN: a product without markets is never diverted", () => {
    const items = [commission(0), ev(60 * 24 * 7, { bizStep: "receiving", bizLocation: SGLN.saoPaulo })];
    expect(kindsOf(run({ items, locations: PLACES, markets: [] }))).toEqual([]);
  });
});

describe("RECALLED_MOVING", () => {
  it("fires when a recalled unit is shipped on", () => {
    const items = [commission(0), ev(10, { bizStep: "holding", disposition: "recalled" }), ev(20, { bizStep: "shipping", disposition: "in_transit" })];
    expect(kindsOf(run({ items }))).toEqual([AnomalyKind.RECALLED_MOVING]);
  });

  it("does not fire for the return shipment to the manufacturer", () => {
    const items = [commission(0), ev(10, { bizStep: "holding", disposition: "recalled" }), ev(20, { bizStep: "shipping", disposition: "returned" })];
    expect(kindsOf(run({ items }))).toEqual([]);
  });
});

describe("EXPIRED_SOLD", () => {
  it("fires for a sale after the expiry date", () => {
    const items = [commission(0, { expiry: "2026-03-01" }), ev(60 * 24 * 2, { bizStep: "retail_selling", disposition: "retail_sold" })];
    expect(kindsOf(run({ items }))).toEqual([AnomalyKind.EXPIRED_SOLD]);
  });

  it("does not fire for a sale on the expiry day", () => {
    const items = [commission(0, { expiry: "2026-03-01" }), ev(60, { bizStep: "retail_selling", disposition: "retail_sold" })];
    expect(kindsOf(run({ items }))).toEqual([]);
  });
});

describe("LOT_EXPIRY_MISMATCH", () => {
  it("fires when a scanned code carries another lot than commissioning recorded", () => {
    expect(kindsOf(run({ items: [commission(0), scan(10, { lot: "L9" })] }))).toEqual([AnomalyKind.LOT_EXPIRY_MISMATCH]);
  });

  it("does not fire when lot and expiry match, or the code carries none", () => {
    expect(kindsOf(run({ items: [commission(0), scan(10, { lot: "L1", expiry: "2027-12-31" }), scan(11)] }))).toEqual([]);
  });
});

describe("AGGREGATION_CONFLICT", () => {
  const pack = (minutes: number, parent: string, action: "ADD" | "DELETE" = "ADD") =>
    ev(minutes, { type: "AggregationEvent", action, bizStep: action === "ADD" ? "packing" : "unpacking", parentId: parent }, "child");

  it("fires when a unit is packed into a second case without leaving the first", () => {
    const first = pack(10, "urn:epc:id:sscc:4012345.0000000001");
    const outcome = run({ items: [commission(0), first, pack(20, "urn:epc:id:sscc:4012345.0000000002")] });
    expect(kindsOf(outcome)).toEqual([AnomalyKind.AGGREGATION_CONFLICT]);
    expect(outcome.drafts[0].eventIds[0]).toBe(first.event.eventId);
  });

  it("does not fire for a repack after an unpack", () => {
    const items = [commission(0), pack(10, "urn:epc:id:sscc:4012345.0000000001"), pack(15, "urn:epc:id:sscc:4012345.0000000001", "DELETE"), pack(20, "urn:epc:id:sscc:4012345.0000000002")];
    expect(kindsOf(run({ items }))).toEqual([]);
  });

  it("moves a packed unit with its container (carried), for state and travel", () => {
    const items = [commission(0), pack(10, "urn:epc:id:sscc:4012345.0000000001"), ev(20, { bizStep: "shipping", readPoint: SGLN.berlin }, "carried")];
    const outcome = run({ items, locations: PLACES });
    expect(outcome.state.status).toBe(SerialStatus.IN_TRANSIT);
    expect(outcome.memory.last?.country).toBe("DE");
    expect(outcome.state.parentId).toBe("urn:epc:id:sscc:4012345.0000000001");
  });
});

describe("settings and determinism", () => {
  it("a disabled rule does not run", () => {
    expect(kindsOf(run({ items: [commission(0), commission(5)], settings: { disabled: [AnomalyKind.DUPLICATE_COMMISSIONING] } }))).toEqual([]);
  });

  it("the same history gives the same anomalies, keys and memory", () => {
    const items = [commission(0), commission(5, { lot: "L2" }), scan(10, { country: "DE" }), scan(20, { country: "BR" })];
    const a = run({ items, markets: ["DE", "BR"] });
    const b = run({ items: [...items].reverse(), markets: ["DE", "BR"] });
    expect(b.drafts.map((d) => d.dedupeKey)).toEqual(a.drafts.map((d) => d.dedupeKey));
    expect(b.memory).toEqual(a.memory);
    expect(a.drafts.every((d) => d.dedupeKey.includes(GTIN))).toBe(true);
  });
});

describe("UNKNOWN_GTIN", () => {
  const facts = (owned: boolean) =>
    buildFacts({ settings: new Map([["", effectiveSettings()]]), products: owned ? new Map([[GTIN, { markets: [] }]]) : new Map(), locations: new Map() });
  const unit = (serial: string) => ({ key: { gtin: GTIN, serial }, allocated: false, state: initialState(false), memory: EMPTY_MEMORY, items: [ev(0)] });

  it("fires once per GTIN that is not one of the tenant's products, however many units name it", () => {
    const drafts = unknownGtins([unit("A"), unit("B")], facts(false));
    expect(drafts.map((d) => [d.kind, d.severity, d.dedupeKey])).toEqual([[AnomalyKind.UNKNOWN_GTIN, "INFO", `UNKNOWN_GTIN:${GTIN}`]]);
  });

  it("does not fire for the tenant's own products", () => {
    expect(unknownGtins([unit("A")], facts(true))).toEqual([]);
  });
});
