/** One place in a unit's chain of custody, with the steps it went through there. */
export interface CustodyStep {
  place: string;
  country: string | null;
  from: string;
  to: string;
  steps: string[];
}

export interface CustodyEvent {
  eventTime: string;
  bizStep?: string | null;
  bizLocation?: string | null;
  readPoint?: string | null;
  country?: string | null;
  retractedAt?: string | null;
}

/** "urn:epcglobal:cbv:bizstep:shipping" and "shipping" both read "shipping". */
export const stepName = (bizStep: string | null | undefined): string => (bizStep ?? "event").split(/[:/]/).pop()?.replace(/[-_]/g, " ") ?? "event";

const SCAN = /verification-scan$/;

/**
 * Where the unit was held, in order: consecutive events at one place are one link of the
 * chain. Consumer scans are sightings, not custody, and retracted events never happened.
 */
export function custodyChain(events: readonly CustodyEvent[]): CustodyStep[] {
  const chain: CustodyStep[] = [];
  for (const event of events) {
    const place = event.bizLocation ?? event.readPoint;
    if (event.retractedAt || !place || SCAN.test(event.bizStep ?? "")) {
      continue;
    }
    const last = chain[chain.length - 1];
    if (last && last.place === place) {
      last.to = event.eventTime;
      last.steps.push(stepName(event.bizStep));
      last.country ??= event.country ?? null;
    } else {
      chain.push({ place, country: event.country ?? null, from: event.eventTime, to: event.eventTime, steps: [stepName(event.bizStep)] });
    }
  }
  return chain;
}
