import type { SerialState } from "../serial/serial-state";
import { isVerificationScan } from "./rule-event";
import { MAX_REMEMBERED_SESSIONS, type RuleMemory } from "./rule-memory";
import { actorOf, type RuleFacts, type Step } from "./rule";
import { sessionOf } from "./scan.rules";
import { endsLife, isCommissioning, namesUnit, TERMINAL } from "./steps";

const HOUR_MS = 3_600_000;
const MAX_RECENT = 10;

/** The memory after one event: what the next events' rules need to know about this one. */
export function remember(step: Step, after: SerialState, facts: RuleFacts): RuleMemory {
  const { item, before, memory, place, settings } = step;
  const { event, role } = item;
  const at = event.eventTime.toISOString();
  const next: RuleMemory = { ...memory };

  if (isCommissioning(item) && namesUnit(item)) {
    next.commissionings += 1;
    next.origin = memory.origin ?? place?.country ?? null;
  }
  if (endsLife(item)) {
    if (!TERMINAL.has(before.status)) {
      next.terminal = { actor: actorOf(item), at, repeats: 0 };
    } else if (memory.terminal?.actor === actorOf(item)) {
      next.terminal = { ...memory.terminal, repeats: memory.terminal.repeats + 1 };
    }
  } else if (!TERMINAL.has(after.status)) {
    next.terminal = null;
  }
  if (isVerificationScan(event)) {
    next.scans += 1;
    const session = sessionOf(event);
    if (!memory.sessions.includes(session) && memory.sessions.length < MAX_REMEMBERED_SESSIONS) {
      next.sessions = [...memory.sessions, session];
    }
  } else if (role !== "parent") {
    next.custodian = event.bizLocation ?? event.readPoint ?? memory.custodian;
  }
  if (place && place.lat !== null && place.lon !== null) {
    next.last = { at, eventId: event.eventId, lat: place.lat, lon: place.lon, country: place.country, precise: place.precise };
  }
  if (place?.region && place.country) {
    const window = settings.concurrentWindowHours * HOUR_MS;
    next.recent = [...memory.recent.filter((seen) => event.eventTime.getTime() - Date.parse(seen.at) <= window), { region: place.region, country: place.country, at, eventId: event.eventId }].slice(-MAX_RECENT);
  }
  if ((event.bizStep === "shipping" || event.bizStep === "departing") && event.destinations.length > 0) {
    const countries = facts.countriesOf(event.destinations);
    if (countries.length > 0) {
      next.destinations = countries;
    }
  }
  if (event.type === "AggregationEvent" && role === "child") {
    const packed = event.action !== "DELETE";
    next.packEvent = packed ? event.eventId : null;
    next.parentCountry = packed ? (place?.country ?? memory.parentCountry) : null;
  } else if (role === "carried" && place?.country) {
    next.parentCountry = place.country;
  }
  if (event.disposition === "recalled") {
    next.recalled = true;
  }
  if ((event.bizStep === "shipping" || event.bizStep === "departing") && role !== "parent") {
    next.shipped = true;
  }
  return next;
}
