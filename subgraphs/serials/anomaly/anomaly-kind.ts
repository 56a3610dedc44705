import { registerEnumType } from "type-graphql";

/** Rule names: the catalogue of domain.md §4.2. */
export enum AnomalyKind {
  UNKNOWN_SERIAL = "UNKNOWN_SERIAL",
  UNKNOWN_GTIN = "UNKNOWN_GTIN",
  LOT_EXPIRY_MISMATCH = "LOT_EXPIRY_MISMATCH",
  NOT_YET_COMMISSIONED = "NOT_YET_COMMISSIONED",
  TERMINAL_STATE_ACTIVITY = "TERMINAL_STATE_ACTIVITY",
  DOUBLE_DECOMMISSION = "DOUBLE_DECOMMISSION",
  SCAN_COUNT = "SCAN_COUNT",
  IMPOSSIBLE_TRAVEL = "IMPOSSIBLE_TRAVEL",
  CONCURRENT_REGIONS = "CONCURRENT_REGIONS",
  MARKET_DIVERSION = "MARKET_DIVERSION",
  RECALLED_MOVING = "RECALLED_MOVING",
  EXPIRED_SOLD = "EXPIRED_SOLD",
  AGGREGATION_CONFLICT = "AGGREGATION_CONFLICT",
  SERIAL_ENUMERATION = "SERIAL_ENUMERATION",
  /** A code's AI 8030 signature does not verify for its GTIN and serial. */
  SIGNATURE_FAILURE = "SIGNATURE_FAILURE",
  DUPLICATE_COMMISSIONING = "DUPLICATE_COMMISSIONING",
  /** Reported by warranty: a unit claimed while a claim is open, or at several service centres within a window. */
  WARRANTY_CLAIM_DUPLICATE = "WARRANTY_CLAIM_DUPLICATE",
  /** Reported by warranty: a part offered in a repair is unknown or does not verify. */
  COUNTERFEIT_PART = "COUNTERFEIT_PART",
  /** Reported by warranty: a part offered in a repair is on record in another unit. */
  PART_ALREADY_INSTALLED = "PART_ALREADY_INSTALLED",
}

/** Kinds another service may report through `reportAnomalies`; the rule kinds are the rule engine's alone. */
export const REPORTED_KINDS: readonly AnomalyKind[] = [AnomalyKind.WARRANTY_CLAIM_DUPLICATE, AnomalyKind.COUNTERFEIT_PART, AnomalyKind.PART_ALREADY_INSTALLED];

/** Warnings are likely user error; alerts are potential falsification (the EU FMD distinction). */
export enum AnomalySeverity {
  INFO = "INFO",
  WARNING = "WARNING",
  ALERT = "ALERT",
  CRITICAL = "CRITICAL",
}

export const SEVERITY_RANK: Record<AnomalySeverity, number> = { INFO: 0, WARNING: 1, ALERT: 2, CRITICAL: 3 };

/** Severities at or above the given one, for `minSeverity` filters in SQL. */
export const severitiesFrom = (min: AnomalySeverity): AnomalySeverity[] =>
  Object.values(AnomalySeverity).filter((severity) => SEVERITY_RANK[severity] >= SEVERITY_RANK[min]);

/** Triage state. */
export enum AnomalyStatus {
  NEW = "NEW",
  ACKNOWLEDGED = "ACKNOWLEDGED",
  INVESTIGATING = "INVESTIGATING",
  CLOSED = "CLOSED",
}

registerEnumType(AnomalyKind, { name: "AnomalyKind" });
registerEnumType(AnomalySeverity, { name: "AnomalySeverity", description: "INFO < WARNING < ALERT < CRITICAL." });
registerEnumType(AnomalyStatus, { name: "AnomalyStatus" });
