import type { NormalizedEvent, SerialRole } from "../../../lib/epcis/normalise";
import { SerialStatus } from "./serial-status";

/** The part of a Serial row that its events decide. */
export interface SerialState {
  status: SerialStatus;
  commissionedAt: Date | null;
  lastEventTime: Date | null;
  lastEventId: string | null;
  lastBizStep: string | null;
  lastDisposition: string | null;
  lastReadPoint: string | null;
  lastBizLocation: string | null;
  lastCountry: string | null;
  parentId: string | null;
  lot: string | null;
  expiry: string | null;
}

/** The event fields the fold reads: history rows from the database have exactly these. */
export type StateEvent = Pick<
  NormalizedEvent,
  "eventId" | "type" | "action" | "bizStep" | "disposition" | "eventTime" | "readPoint" | "bizLocation" | "country" | "parentId" | "lot" | "expiry"
>;

export interface RoleEvent {
  event: StateEvent;
  role: SerialRole;
}

export const EMPTY_STATE: SerialState = Object.freeze({
  status: SerialStatus.UNCOMMISSIONED,
  commissionedAt: null,
  lastEventTime: null,
  lastEventId: null,
  lastBizStep: null,
  lastDisposition: null,
  lastReadPoint: null,
  lastBizLocation: null,
  lastCountry: null,
  parentId: null,
  lot: null,
  expiry: null,
});

const BY_DISPOSITION: Record<string, SerialStatus> = {
  active: SerialStatus.ACTIVE,
  encoded: SerialStatus.ENCODED,
  in_transit: SerialStatus.IN_TRANSIT,
  in_progress: SerialStatus.ACTIVE,
  sellable_accessible: SerialStatus.ACTIVE,
  sellable_not_accessible: SerialStatus.ACTIVE,
  retail_sold: SerialStatus.SOLD,
  dispensed: SerialStatus.DISPENSED,
  partially_dispensed: SerialStatus.DISPENSED,
  recalled: SerialStatus.RECALLED,
  returned: SerialStatus.RETURNED,
  stolen: SerialStatus.STOLEN,
  inactive: SerialStatus.INACTIVE,
  destroyed: SerialStatus.DESTROYED,
};

const BY_BIZ_STEP: Record<string, SerialStatus> = {
  commissioning: SerialStatus.ACTIVE,
  encoding: SerialStatus.ENCODED,
  shipping: SerialStatus.IN_TRANSIT,
  departing: SerialStatus.IN_TRANSIT,
  void_shipping: SerialStatus.ACTIVE,
  receiving: SerialStatus.ACTIVE,
  arriving: SerialStatus.ACTIVE,
  accepting: SerialStatus.ACTIVE,
  retail_selling: SerialStatus.SOLD,
  dispensing: SerialStatus.DISPENSED,
  decommissioning: SerialStatus.INACTIVE,
  destroying: SerialStatus.DESTROYED,
};

/** What moving a container does to what is inside it. */
const CARRIED_STEPS = new Set(["shipping", "departing", "void_shipping", "receiving", "arriving", "accepting"]);

/** Where a unit's history starts: allocated if the hub generated it, else nothing. */
export const initialState = (allocated: boolean): SerialState =>
  allocated ? { ...EMPTY_STATE, status: SerialStatus.ALLOCATED } : EMPTY_STATE;

/** Commissioning is the birth of a serial: an ObjectEvent ADD, or an output of a transformation. */
export function isCommissioning({ event, role }: RoleEvent): boolean {
  return (
    role !== "carried" &&
    event.bizStep === "commissioning" ||
    (event.type === "ObjectEvent" && event.action === "ADD") ||
    (event.type === "TransformationEvent" && role === "output")
  );
}

function nextStatus(state: SerialState, item: RoleEvent, commissioned: boolean): SerialStatus {
  const { event, role } = item;
  if (!commissioned) {
    return event.bizStep === "encoding" || event.disposition === "encoded" ? SerialStatus.ENCODED : state.status;
  }
  if (isCommissioning(item) && state.commissionedAt === null) {
    return (event.disposition && BY_DISPOSITION[event.disposition]) || SerialStatus.ACTIVE;
  }
  // Packing names the container as parent; that does not change the container's own state.
  if (role === "parent") {
    return state.status;
  }
  // A unit inside a moved container moves with it, and nothing else happens to it.
  if (role === "carried") {
    return (event.bizStep && CARRIED_STEPS.has(event.bizStep) && BY_BIZ_STEP[event.bizStep]) || state.status;
  }
  const byDisposition = event.disposition ? BY_DISPOSITION[event.disposition] : undefined;
  const byBizStep = event.bizStep ? BY_BIZ_STEP[event.bizStep] : undefined;
  if (byDisposition ?? byBizStep) {
    return (byDisposition ?? byBizStep) as SerialStatus;
  }
  if (event.type === "ObjectEvent" && event.action === "DELETE") {
    return SerialStatus.INACTIVE;
  }
  return state.status;
}

/** One event applied to one serial; events must come in event-time order. */
export function applyEvent(state: SerialState, item: RoleEvent): SerialState {
  const { event, role } = item;
  const commissions = isCommissioning(item);
  const commissioned = state.commissionedAt !== null || commissions;
  let parentId = state.parentId;
  if (event.type === "AggregationEvent" && role === "child") {
    parentId = event.action === "DELETE" ? null : event.parentId;
  }
  return {
    status: nextStatus(state, item, commissioned),
    commissionedAt: state.commissionedAt ?? (commissions ? event.eventTime : null),
    lastEventTime: event.eventTime,
    lastEventId: event.eventId,
    lastBizStep: event.bizStep ?? state.lastBizStep,
    lastDisposition: event.disposition ?? state.lastDisposition,
    lastReadPoint: event.readPoint ?? state.lastReadPoint,
    // A shipment has no business location until it is received somewhere.
    lastBizLocation: event.bizLocation ?? (event.bizStep === "shipping" ? null : state.lastBizLocation),
    lastCountry: event.country ?? state.lastCountry,
    parentId,
    // What commissioning recorded stands; a unit made without ILMD keeps what generation gave it.
    lot: (commissions ? event.lot : null) ?? state.lot,
    expiry: (commissions ? event.expiry : null) ?? state.expiry,
  };
}

/** Orders by event time (ties keep capture order) and folds. */
export function foldEvents(state: SerialState, items: readonly RoleEvent[]): SerialState {
  return [...items]
    .map((item, order) => ({ item, order }))
    .sort((a, b) => a.item.event.eventTime.getTime() - b.item.event.eventTime.getTime() || a.order - b.order)
    .reduce((current, { item }) => applyEvent(current, item), state);
}
