import { Anomaly } from "./anomaly.entity";

/** One topic per tenant: a subscriber's process never even receives another tenant's anomalies. */
export const anomalyTopic = (tenantId: string): string => `anomaly.${tenantId}`;

/** What travels over pub/sub (JSON, under PostgreSQL's 8000-byte NOTIFY limit). */
export interface AnomalyPayload extends Omit<Anomaly, "detectedAt"> {
  detectedAt: string;
}

export const toAnomalyPayload = (anomaly: Anomaly): AnomalyPayload => ({
  ...anomaly,
  // Evidence lists can be long; the full list stays queryable in the table.
  eventIds: anomaly.eventIds.slice(0, 20),
  detectedAt: anomaly.detectedAt.toISOString(),
});

export const fromAnomalyPayload = (payload: AnomalyPayload): Anomaly =>
  Object.assign(new Anomaly(), { ...payload, detectedAt: new Date(payload.detectedAt) });
