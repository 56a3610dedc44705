import { registerEnumType } from "type-graphql";

/** Rule names; the list grows with the rule catalogue (domain.md §4.2). */
export enum AnomalyKind {
  UNKNOWN_SERIAL = "UNKNOWN_SERIAL",
  /** A code's AI 8030 signature does not verify for its GTIN and serial. */
  SIGNATURE_FAILURE = "SIGNATURE_FAILURE",
}

export enum AnomalySeverity {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  CRITICAL = "CRITICAL",
}

export enum AnomalyStatus {
  OPEN = "OPEN",
  ACKNOWLEDGED = "ACKNOWLEDGED",
  RESOLVED = "RESOLVED",
}

registerEnumType(AnomalyKind, { name: "AnomalyKind" });
registerEnumType(AnomalySeverity, { name: "AnomalySeverity" });
registerEnumType(AnomalyStatus, { name: "AnomalyStatus" });
