import { EPCIS_CONTEXT, HUB_CONTEXT } from "./validate";

/** An event as the hub stores it, with what the repository adds. */
export interface StoredEpcisEvent {
  eventId: string;
  /** The event as captured (CBV values in CBV 2.0 form). */
  body: Record<string, unknown>;
  /** Set when the event was retracted. */
  errorDeclaration: Record<string, unknown> | null;
  recordTime: Date;
}

/**
 * The event as a query returns it: the stored body with the hub's eventID (the source's, or
 * the content hash it was deduplicated on), the repository's recordTime, and, when it was
 * retracted, its errorDeclaration: EPCIS keeps a retracted event queryable, flagged, never deleted.
 */
export function queryResultEvent(stored: StoredEpcisEvent): Record<string, unknown> {
  return {
    ...stored.body,
    eventID: stored.eventId,
    recordTime: stored.recordTime.toISOString(),
    ...(stored.errorDeclaration ? { errorDeclaration: stored.errorDeclaration } : {}),
  };
}

/** The EPCISQueryDocument of a SimpleEventQuery answer (EPCIS 2.0 JSON binding). */
export function epcisQueryDocument(events: readonly StoredEpcisEvent[], creationDate = new Date()): Record<string, unknown> {
  return {
    // Stored events may carry the hub's extension fields; a partner's own prefixes are not kept.
    "@context": [EPCIS_CONTEXT, HUB_CONTEXT],
    type: "EPCISQueryDocument",
    schemaVersion: "2.0",
    creationDate: creationDate.toISOString(),
    epcisBody: {
      queryResults: {
        queryName: "SimpleEventQuery",
        resultsBody: { eventList: events.map(queryResultEvent) },
      },
    },
  };
}
