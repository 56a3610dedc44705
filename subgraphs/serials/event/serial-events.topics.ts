import type { HubPubSub } from "../../../lib/pubsub/pubsub";

/** One topic per tenant, like anomalies: a process only receives its subscribers' tenants' events. */
export const serialEventsTopic = (tenantId: string): string => `serial-events.${tenantId}`;

/** Ids only: subscribers read the events (and filter by serial) from the table, so payloads stay small. */
export interface SerialEventsPayload {
  tenantId: string;
  eventIds: string[];
}

/** Ids per message; keeps a NOTIFY well under PostgreSQL's 8000-byte limit with long URN ids. */
export const EVENT_IDS_PER_MESSAGE = 40;

/** Announces newly committed events, after the commit. */
export async function publishSerialEvents(pubSub: HubPubSub, tenantId: string, eventIds: readonly string[]): Promise<void> {
  for (let start = 0; start < eventIds.length; start += EVENT_IDS_PER_MESSAGE) {
    const payload: SerialEventsPayload = { tenantId, eventIds: eventIds.slice(start, start + EVENT_IDS_PER_MESSAGE) };
    await pubSub.publish(serialEventsTopic(tenantId), payload);
  }
}
