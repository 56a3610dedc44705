import type { SerialRole } from "../../../lib/epcis/normalise";
import { keyString } from "../../../lib/serial-key";
import type { LocationPoint } from "../location/location.repository";
import { initialState } from "../serial/serial-state";
import { evaluateUnit, type UnitOutcome } from "./evaluate";
import type { RuleEvent, RuleItem, ScanInfo } from "./rule-event";
import { VERIFICATION_SCAN_BIZ_STEP } from "./rule-event";
import { buildFacts } from "./rule-facts";
import { EMPTY_MEMORY } from "./rule-memory";
import { effectiveSettings, type RuleSettings } from "./rule-settings";

export const GTIN = "09506000134352";
const T0 = Date.parse("2026-03-01T08:00:00Z");

/** Minutes after a fixed start, so histories read like timelines. */
export const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

let counter = 0;

/** An event of the unit under test; record time equals event time unless given. */
export function ev(minutes: number, fields: Partial<RuleEvent> = {}, role: SerialRole = "epc"): RuleItem {
  counter += 1;
  const eventTime = at(minutes);
  return {
    role,
    event: {
      eventId: fields.eventId ?? `e${counter}`,
      type: "ObjectEvent",
      action: "OBSERVE",
      bizStep: null,
      disposition: null,
      eventTime,
      readPoint: null,
      bizLocation: null,
      country: null,
      parentId: null,
      lot: null,
      expiry: null,
      recordTime: eventTime,
      scan: null,
      destinations: [],
      returnAuthorised: false,
      ...fields,
    },
  };
}

export const commission = (minutes: number, fields: Partial<RuleEvent> = {}) =>
  ev(minutes, { action: "ADD", bizStep: "commissioning", disposition: "active", lot: "L1", expiry: "2027-12-31", ...fields });

export const scan = (minutes: number, scanInfo: Partial<ScanInfo> = {}, fields: Partial<RuleEvent> = {}) =>
  ev(minutes, {
    bizStep: VERIFICATION_SCAN_BIZ_STEP,
    country: scanInfo.country ?? null,
    scan: { country: null, lat: null, lon: null, session: null, client: "ip:198.51.100.7", lot: null, expiry: null, ...scanInfo },
    ...fields,
  });

export interface Scenario {
  items: RuleItem[];
  allocated?: boolean;
  markets?: string[] | null;
  settings?: Partial<RuleSettings>;
  locations?: LocationPoint[];
  /** Open recalls whose scope covers the unit. */
  recalledIn?: string[];
}

/** Runs the whole history of one unit through the rules, as a refold does. */
export function run({ items, allocated = true, markets = ["DE"], settings, locations = [], recalledIn = [] }: Scenario): UnitOutcome {
  const facts = buildFacts({
    settings: new Map([["", effectiveSettings(settings)], [GTIN, effectiveSettings(settings)]]),
    products: markets === null ? new Map() : new Map([[GTIN, { markets }]]),
    locations: new Map(locations.map((location) => [location.id, location])),
    recalled: new Map([[keyString({ gtin: GTIN, serial: "S1" }), recalledIn]]),
  });
  return evaluateUnit({ key: { gtin: GTIN, serial: "S1" }, allocated, state: initialState(allocated), memory: EMPTY_MEMORY, items }, facts);
}

export const kindsOf = (outcome: UnitOutcome): string[] => outcome.drafts.map((draft) => draft.kind);
