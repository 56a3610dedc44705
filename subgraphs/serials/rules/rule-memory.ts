/** A positioned observation of a unit. */
export interface Sighting {
  at: string;
  eventId: string;
  lat: number;
  lon: number;
  country: string | null;
  /** False when the position is a country's representative point (or an IP guess). */
  precise: boolean;
}

/**
 * What the rules remember about one unit between batches, stored as JSON on its row. It is a
 * fold over the unit's history, so a refold from history rebuilds exactly the same memory.
 */
export interface RuleMemory {
  commissionings: number;
  /** Country where the unit was made: never a diversion. */
  origin: string | null;
  /** The first decommission, sale or dispense, and how often its actor repeated it. */
  terminal: { actor: string; at: string; repeats: number } | null;
  scans: number;
  /** Distinct verification sessions, capped a little above any sensible threshold. */
  sessions: string[];
  last: Sighting | null;
  /** Regions seen recently (pruned to the concurrency window). */
  recent: { region: string; country: string; at: string; eventId: string }[];
  /** Countries the last shipment was addressed to: intended markets for this unit. */
  destinations: string[];
  /** Last supply-chain location that held the unit. */
  custodian: string | null;
  /** Where the unit's container was last moved to, while the unit is packed. */
  parentCountry: string | null;
  packEvent: string | null;
  /** A `recalled` disposition was recorded: the unit stays recalled. */
  recalled: boolean;
  /** It has been shipped at least once: an ACTIVE unit is then in the channel, not at its maker (recall progress). */
  shipped: boolean;
}

export const EMPTY_MEMORY: Readonly<RuleMemory> = Object.freeze({
  commissionings: 0,
  origin: null,
  terminal: null,
  scans: 0,
  sessions: [],
  last: null,
  recent: [],
  destinations: [],
  custodian: null,
  parentCountry: null,
  packEvent: null,
  recalled: false,
  shipped: false,
});

/** Rows written before the engine (or by older versions) get the missing fields. */
export const memoryOf = (stored: Partial<RuleMemory> | null | undefined): RuleMemory => ({ ...EMPTY_MEMORY, ...(stored ?? {}) });

/** Enough sessions to tell "over the threshold" for any threshold up to this. */
export const MAX_REMEMBERED_SESSIONS = 100;
