import { orderUri } from "../peers/warranty-events";
import { decideReturn, type ReturnFacts } from "./return-decision";
import { ReturnReason, ReturnVerdict } from "./return-enums";

const sale = (order: string, at: string, country: string | null = "DE") => ({
  eventId: `urn:uuid:${order}`,
  eventTime: new Date(at),
  timeZoneOffset: "+00:00",
  country,
  transactions: [order.includes(":") ? order : orderUri(order)],
});

const facts = (change: Partial<ReturnFacts> = {}): ReturnFacts => ({
  genuine: true,
  status: "SOLD",
  sales: [sale("SO-1", "2025-03-01T10:00:00Z")],
  orderRef: "SO-1",
  country: "DE",
  lastAcceptedReturn: null,
  openClaim: false,
  flagged: null,
  ...change,
});

describe("decideReturn", () => {
  it("accepts a unit sold in the order, in the same market", () => {
    expect(decideReturn(facts())).toEqual({ decision: ReturnVerdict.ACCEPT, reasons: [], messages: [] });
  });

  it("matches orders named by other systems' bizTransaction ids", () => {
    expect(decideReturn(facts({ sales: [sale("urn:epcglobal:cbv:bt:0614141000005:SO-1", "2025-03-01T10:00:00Z")] })).decision).toBe(ReturnVerdict.ACCEPT);
    expect(decideReturn(facts({ sales: [sale("https://erp.example/orders/SO-1", "2025-03-01T10:00:00Z")] })).decision).toBe(ReturnVerdict.ACCEPT);
    expect(decideReturn(facts({ sales: [sale("https://erp.example/orders/SO-11", "2025-03-01T10:00:00Z")] })).reasons).toEqual([ReturnReason.NOT_IN_ORDER]);
  });

  it.each([
    ["a code that does not verify", { genuine: false }, ReturnVerdict.REJECT, [ReturnReason.NOT_GENUINE]],
    ["a unit never sold", { sales: [], status: "ACTIVE" }, ReturnVerdict.REJECT, [ReturnReason.NOT_SOLD]],
    ["another order", { orderRef: "SO-2" }, ReturnVerdict.REJECT, [ReturnReason.NOT_IN_ORDER]],
    ["a unit already returned", { status: "RETURNED" }, ReturnVerdict.REJECT, [ReturnReason.ALREADY_RETURNED]],
    ["a check already accepted", { lastAcceptedReturn: new Date("2025-03-05T00:00:00Z") }, ReturnVerdict.REJECT, [ReturnReason.ALREADY_RETURNED]],
    ["an earlier sale of a resold unit", { sales: [sale("SO-1", "2025-03-01T10:00:00Z"), sale("SO-9", "2025-04-01T10:00:00Z")] }, ReturnVerdict.REJECT, [ReturnReason.ALREADY_RETURNED]],
    ["a sale in another market", { country: "FR" }, ReturnVerdict.REVIEW, [ReturnReason.SOLD_IN_OTHER_MARKET]],
    ["an open claim", { openClaim: true }, ReturnVerdict.REVIEW, [ReturnReason.OPEN_WARRANTY_CLAIM]],
    ["a flagged unit", { flagged: "it was reported stolen." }, ReturnVerdict.REVIEW, [ReturnReason.UNIT_FLAGGED]],
  ])("decides %s", (_name, change, decision, reasons) => {
    expect(decideReturn(facts(change as Partial<ReturnFacts>))).toMatchObject({ decision, reasons });
  });

  it("lists every reason and lets the worst decide", () => {
    const outcome = decideReturn(facts({ status: "RETURNED", country: "FR", openClaim: true }));
    expect(outcome.decision).toBe(ReturnVerdict.REJECT);
    expect(outcome.reasons).toEqual([ReturnReason.ALREADY_RETURNED, ReturnReason.SOLD_IN_OTHER_MARKET, ReturnReason.OPEN_WARRANTY_CLAIM]);
    expect(outcome.messages).toHaveLength(3);
  });

  it("takes back a resold unit on its latest order", () => {
    expect(decideReturn(facts({ orderRef: "SO-9", sales: [sale("SO-1", "2025-03-01T10:00:00Z"), sale("SO-9", "2025-04-01T10:00:00Z")], lastAcceptedReturn: new Date("2025-03-10T00:00:00Z") })).decision).toBe(ReturnVerdict.ACCEPT);
  });

  it("does not compare markets it does not know", () => {
    expect(decideReturn(facts({ country: null })).decision).toBe(ReturnVerdict.ACCEPT);
    expect(decideReturn(facts({ sales: [sale("SO-1", "2025-03-01T10:00:00Z", null)], country: "FR" })).decision).toBe(ReturnVerdict.ACCEPT);
  });
});
