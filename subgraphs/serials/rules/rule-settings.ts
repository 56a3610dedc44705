import { type AnomalyKind } from "../anomaly/anomaly-kind";

/** Every threshold of the rule catalogue (domain.md §4.2), with the suggested defaults. */
export interface RuleSettings {
  /** Rules that do not run. */
  disabled: AnomalyKind[];
  /** Device clocks drift: events up to this far after their record time are not "from the future". */
  clockSkewMinutes: number;
  /** Verification sessions per unit before SCAN_COUNT (scans without a session count one each). */
  maxScanSessions: number;
  /** Airliner speed: anything faster between two observations is IMPOSSIBLE_TRAVEL. */
  maxSpeedKmh: number;
  /** Below this distance travel is ignored: it absorbs IP-geolocation and centroid error. */
  minTravelKm: number;
  /** CONCURRENT_REGIONS: two regions within this window. */
  concurrentWindowHours: number;
  /** Countries goods cross on the way (hubs, free zones): never MARKET_DIVERSION. */
  transitCountries: string[];
  /** DOUBLE_DECOMMISSION by the same actor: the repeat that becomes an alert (earlier ones warn). */
  doubleDecommissionAlertAfter: number;
  /** The same actor may undo a decommission within this many days without TERMINAL_STATE_ACTIVITY. */
  undoWindowDays: number;
  /** SERIAL_ENUMERATION: unknown codes of one GTIN from one client within the window… */
  enumerationUnknown: number;
  enumerationWindowMinutes: number;
  /** …or an unknown:known ratio above this over at least enumerationMinLookups lookups. */
  enumerationRatio: number;
  enumerationMinLookups: number;
}

export const DEFAULT_RULE_SETTINGS: Readonly<RuleSettings> = Object.freeze({
  disabled: [],
  clockSkewMinutes: 10,
  maxScanSessions: 5,
  maxSpeedKmh: 900,
  minTravelKm: 100,
  concurrentWindowHours: 24,
  transitCountries: [],
  doubleDecommissionAlertAfter: 3,
  undoWindowDays: 10,
  enumerationUnknown: 20,
  enumerationWindowMinutes: 10,
  enumerationRatio: 0.5,
  enumerationMinLookups: 50,
});

/** A product override on top of the tenant default on top of the catalogue defaults. */
export function effectiveSettings(tenant?: Partial<RuleSettings> | null, product?: Partial<RuleSettings> | null): RuleSettings {
  const defined = (part?: Partial<RuleSettings> | null) =>
    Object.fromEntries(Object.entries(part ?? {}).filter(([, value]) => value !== null && value !== undefined));
  return { ...DEFAULT_RULE_SETTINGS, ...defined(tenant), ...defined(product) } as RuleSettings;
}

export const isEnabled = (settings: RuleSettings, kind: AnomalyKind): boolean => !settings.disabled.includes(kind);
