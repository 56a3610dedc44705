import type { Identity } from "../../../lib/auth/identity";
import { callSubgraph } from "../../../lib/federation/subgraph-client";
import type { ConnectorEvent } from "../../core/connector";
import { toEpcisDocument, toEpcisEvent } from "../../core/epcis";

/** Most serials one captureEvents call carries: the serials service writes them in one transaction. */
export const MAX_SERIALS_PER_CALL = 10_000;

const MUTATION = `mutation Capture($epcis: JSON!) {
  captureEvents(epcis: $epcis) { accepted duplicates retracted errors { index path message } }
}`;

export interface CaptureOutcome {
  accepted: number;
  duplicates: number;
  retracted: number;
  errors: { index: number | null; path: string; message: string }[];
}

/** EPCIS documents of at most MAX_SERIALS_PER_CALL serials each (connector events name one serial). */
export function documentsOf(events: readonly ConnectorEvent[], gtins: readonly string[]): Record<string, unknown>[] {
  const documents: Record<string, unknown>[] = [];
  for (let start = 0; start < events.length; start += MAX_SERIALS_PER_CALL) {
    const slice = events.slice(start, start + MAX_SERIALS_PER_CALL);
    documents.push(toEpcisDocument(slice.map((event, i) => toEpcisEvent(event, gtins[start + i]))));
  }
  return documents;
}

/** Hands events to the serials service, which owns them, as the tenant's ingest service. */
export class SerialsHandoff {
  constructor(
    /** Read at each call: in one process, serials may start after ingest is wired. */
    private readonly serialsUrl: () => string,
    private readonly secret: string,
  ) {}

  async capture(tenantId: string, document: Record<string, unknown>): Promise<CaptureOutcome> {
    const identity: Identity = { tenant: tenantId, sub: "service:ingest", roles: ["service"] };
    const data = await callSubgraph<{ captureEvents: CaptureOutcome }>(this.serialsUrl(), this.secret, identity, MUTATION, { epcis: document });
    return data.captureEvents;
  }
}
