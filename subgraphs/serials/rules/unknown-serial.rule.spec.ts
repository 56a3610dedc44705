import { EMPTY_STATE, foldEvents, type RoleEvent } from "../serial/serial-state";
import { unknownSerial } from "./unknown-serial.rule";

const event = (fields: Partial<RoleEvent["event"]>): RoleEvent => ({
  role: "epc",
  event: {
    eventId: "e1",
    type: "ObjectEvent",
    action: "OBSERVE",
    bizStep: "shipping",
    disposition: null,
    eventTime: new Date("2025-01-01T00:00:00Z"),
    readPoint: null,
    bizLocation: null,
    country: null,
    parentId: null,
    lot: null,
    expiry: null,
    ...fields,
  },
});

const outcome = (gtin: string, events: RoleEvent[], allocated = false) => ({ gtin, serial: "S1", events, allocated, state: foldEvents(EMPTY_STATE, events) });

describe("UNKNOWN_SERIAL", () => {
  const known = new Set(["10614141073464"]);

  it("fires for a never-commissioned serial of a known product", () => {
    const [draft] = unknownSerial([outcome("10614141073464", [event({ eventId: "ship-1" })])], known);
    expect(draft).toMatchObject({ kind: "UNKNOWN_SERIAL", severity: "HIGH", gtin: "10614141073464", serial: "S1", eventIds: ["ship-1"] });
  });

  it("stays quiet once the serial is commissioned, even by a later-arriving event", () => {
    const commissioned = outcome("10614141073464", [event({ action: "ADD", bizStep: "commissioning" }), event({ eventId: "e2" })]);
    expect(unknownSerial([commissioned], known)).toEqual([]);
  });

  it("leaves serials the hub issued alone, even before commissioning", () => {
    expect(unknownSerial([outcome("10614141073464", [event({})], true)], known)).toEqual([]);
  });

  it("leaves GTINs that are not the tenant's products alone", () => {
    expect(unknownSerial([outcome("04012345111118", [event({})])], known)).toEqual([]);
  });
});
