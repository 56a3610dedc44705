import { findCountry } from "../../../lib/geo/countries";
import { keyString } from "../../../lib/serial-key";
import { canonicalLocationId } from "../location/location-id";
import type { LocationPoint } from "../location/location.repository";
import type { RuleItem } from "./rule-event";
import type { RuleSettings } from "./rule-settings";
import type { Place, RuleFacts } from "./rule";

export interface FactSources {
  /** Effective settings by GTIN, with the tenant default under "". */
  settings: ReadonlyMap<string, RuleSettings>;
  /** The tenant's products among the batch's GTINs. */
  products: ReadonlyMap<string, { markets: string[] }>;
  /** Location master data by canonical id. */
  locations: ReadonlyMap<string, LocationPoint>;
  /** Open recalls covering each unit, by keyString (recall/recall-marks.repository.ts). */
  recalled?: ReadonlyMap<string, readonly string[]>;
}

/** Every location id the rules may look up for these events. */
export const locationIdsOf = (events: readonly { readPoint: string | null; bizLocation: string | null; destinations: readonly string[] }[]): string[] => [
  ...new Set(events.flatMap((event) => [event.bizLocation, event.readPoint, ...event.destinations].filter((id): id is string => id !== null))),
];

function placeOfCountry(country: string | null, lat: number | null, lon: number | null): Place | null {
  const info = country ? findCountry(country) : undefined;
  if (lat !== null && lon !== null) {
    return { country, region: info?.region ?? null, lat, lon, precise: true };
  }
  if (!country) {
    return null;
  }
  // Only the country is known: its representative point, flagged so hints mention the error.
  return { country, region: info?.region ?? null, lat: info?.lat ?? null, lon: info?.lon ?? null, precise: false };
}

/** Rule facts over master data loaded once for the batch. */
export function buildFacts(sources: FactSources): RuleFacts {
  const located = (id: string | null) => {
    const canonical = id ? canonicalLocationId(id) : null;
    return canonical ? sources.locations.get(canonical) : undefined;
  };
  return {
    settingsFor: (gtin) => sources.settings.get(gtin) ?? (sources.settings.get("") as RuleSettings),
    marketsOf: (gtin) => sources.products.get(gtin)?.markets ?? null,
    placeOf({ event }: RuleItem) {
      const location = located(event.bizLocation) ?? located(event.readPoint);
      if (location) {
        return placeOfCountry(location.country, location.lat, location.lon);
      }
      return placeOfCountry(event.scan?.country ?? event.country, event.scan?.lat ?? null, event.scan?.lon ?? null);
    },
    recalledIn: (key) => sources.recalled?.get(keyString(key)) ?? [],
    countriesOf: (ids) => [...new Set(ids.map((id) => located(id)?.country).filter((country): country is string => Boolean(country)))],
  };
}
