import { EMPTY_STATE, foldEvents, type RoleEvent } from "./serial-state";
import { SerialStatus } from "./serial-status";

let counter = 0;
const at = (minute: number, fields: Partial<RoleEvent["event"]>, role: RoleEvent["role"] = "epc"): RoleEvent => ({
  role,
  event: {
    eventId: `e${(counter += 1)}`,
    type: "ObjectEvent",
    action: "OBSERVE",
    bizStep: null,
    disposition: null,
    eventTime: new Date(Date.UTC(2025, 0, 1, 0, minute)),
    readPoint: null,
    bizLocation: null,
    country: null,
    parentId: null,
    lot: null,
    expiry: null,
    ...fields,
  },
});

const commission = (minute: number) => at(minute, { action: "ADD", bizStep: "commissioning", disposition: "active", country: "DE" });

describe("serial state", () => {
  it("follows commissioning, shipping, receiving and sale", () => {
    const ship = at(2, { bizStep: "shipping", disposition: "in_transit" });
    expect(foldEvents(EMPTY_STATE, [commission(1)]).status).toBe(SerialStatus.ACTIVE);
    expect(foldEvents(EMPTY_STATE, [commission(1), ship]).status).toBe(SerialStatus.IN_TRANSIT);
    const received = foldEvents(EMPTY_STATE, [commission(1), ship, at(3, { bizStep: "receiving", bizLocation: "urn:epc:id:sgln:0614141.00001.0", country: "FR" })]);
    expect(received).toMatchObject({ status: SerialStatus.ACTIVE, lastBizLocation: "urn:epc:id:sgln:0614141.00001.0", lastCountry: "FR" });
    const sold = foldEvents(received, [at(4, { bizStep: "retail_selling" })]);
    expect(sold.status).toBe(SerialStatus.SOLD);
  });

  it("reaches the terminal states", () => {
    expect(foldEvents(EMPTY_STATE, [commission(1), at(2, { action: "DELETE", bizStep: "decommissioning" })]).status).toBe(SerialStatus.INACTIVE);
    expect(foldEvents(EMPTY_STATE, [commission(1), at(2, { action: "DELETE", bizStep: "destroying" })]).status).toBe(SerialStatus.DESTROYED);
  });

  it("places late events by event time", () => {
    const ship = at(5, { bizStep: "shipping" });
    const state = foldEvents(EMPTY_STATE, [ship, commission(1)]);
    expect(state.status).toBe(SerialStatus.IN_TRANSIT);
    expect(state.commissionedAt).toEqual(new Date(Date.UTC(2025, 0, 1, 0, 1)));
    expect(state.lastEventId).toBe(ship.event.eventId);
  });

  it("stays uncommissioned while only observed", () => {
    const state = foldEvents(EMPTY_STATE, [at(1, { bizStep: "shipping" }), at(2, { bizStep: "receiving" })]);
    expect(state).toMatchObject({ status: SerialStatus.UNCOMMISSIONED, commissionedAt: null, lastBizStep: "receiving" });
  });

  it("tracks packing and unpacking for children, not for the container", () => {
    const pack = at(2, { type: "AggregationEvent", action: "ADD", bizStep: "packing", parentId: "urn:epc:id:sscc:0614141.1234567890" }, "child");
    const packed = foldEvents(EMPTY_STATE, [commission(1), pack]);
    expect(packed).toMatchObject({ status: SerialStatus.ACTIVE, parentId: "urn:epc:id:sscc:0614141.1234567890" });
    const unpack = at(3, { type: "AggregationEvent", action: "DELETE", bizStep: "unpacking", parentId: "urn:epc:id:sscc:0614141.1234567890" }, "child");
    expect(foldEvents(packed, [unpack]).parentId).toBeNull();
  });
});
