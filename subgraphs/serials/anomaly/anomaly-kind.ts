import { registerEnumType } from "type-graphql";

/** Rule names; the list grows with the rule catalogue (domain.md §4.2). */
export enum AnomalyKind {
  UNKNOWN_SERIAL = "UNKNOWN_SERIAL",
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
