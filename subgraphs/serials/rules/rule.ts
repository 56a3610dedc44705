import type { SerialKey } from "../../../lib/serial-key";
import type { AnomalyKind, AnomalySeverity } from "../anomaly/anomaly-kind";
import type { SerialState } from "../serial/serial-state";
import type { RuleItem } from "./rule-event";
import type { RuleMemory } from "./rule-memory";
import type { RuleSettings } from "./rule-settings";

/** Where an event happened, as well as the hub can tell. */
export interface Place {
  country: string | null;
  region: string | null;
  lat: number | null;
  lon: number | null;
  /** From location master data or device coordinates; false for a country's representative point. */
  precise: boolean;
}

/** Master data the rules read, loaded once per batch. */
export interface RuleFacts {
  settingsFor(gtin: string): RuleSettings;
  /** Intended markets of one of the tenant's products; null when the GTIN is not the tenant's. */
  marketsOf(gtin: string): string[] | null;
  placeOf(item: RuleItem): Place | null;
  /** Countries of location ids (destinations of a shipment), where master data knows them. */
  countriesOf(locationIds: readonly string[]): string[];
  /** Open recalls whose scope covers the unit (loaded once per batch; empty when none). */
  recalledIn(key: SerialKey): readonly string[];
}

/** One event of one unit, with what was true just before it. */
export interface Step {
  key: SerialKey;
  item: RuleItem;
  before: SerialState;
  memory: RuleMemory;
  place: Place | null;
  settings: RuleSettings;
  /** Intended markets of the product; null when the GTIN is not the tenant's. */
  markets: string[] | null;
  allocated: boolean;
  /** Open recalls covering the unit (RuleFacts.recalledIn). */
  recalls: readonly string[];
}

export interface Finding {
  severity: AnomalySeverity;
  eventIds: string[];
  hint: string;
  /** With kind and unit, names the finding: the same evidence always gives the same key. */
  discriminator: string;
}

export interface Rule {
  kind: AnomalyKind;
  /** Bumped when what the rule means changes. */
  version: number;
  check(step: Step): Finding | null;
}

/** Who did it, as EPCIS tells: the business location, else the read point. */
export const actorOf = (item: RuleItem): string => item.event.bizLocation ?? item.event.readPoint ?? "unknown";
