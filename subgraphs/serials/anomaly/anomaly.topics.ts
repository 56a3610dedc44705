import type { Anomaly } from "./anomaly.entity";
import type { AnomalyKind, AnomalySeverity } from "./anomaly-kind";

/** One topic per tenant: a subscriber's process never even receives another tenant's anomalies. */
export const anomalyTopic = (tenantId: string): string => `anomaly.${tenantId}`;

/** Ids and what filters need; the subscriber reads the rest through the graph. */
export interface AnomalyPayload {
  id: string;
  tenantId: string;
  kind: AnomalyKind;
  severity: AnomalySeverity;
  gtin: string;
  country: string | null;
}

export const toAnomalyPayload = (anomaly: Anomaly): AnomalyPayload => ({
  id: anomaly.id,
  tenantId: anomaly.tenantId,
  kind: anomaly.kind,
  severity: anomaly.severity,
  gtin: anomaly.gtin,
  country: anomaly.country,
});
