import { haversineKm, speedKmh } from "../../../lib/geo/distance";
import { AnomalyKind, AnomalySeverity } from "../anomaly/anomaly-kind";
import { SerialStatus } from "../serial/serial-status";
import type { Rule } from "./rule";
import { reachesMarket } from "./steps";

const HOUR_MS = 3_600_000;

export const impossibleTravel: Rule = {
  kind: AnomalyKind.IMPOSSIBLE_TRAVEL,
  version: 1,
  check({ item, memory, place, settings }) {
    const last = memory.last;
    if (!last || !place || place.lat === null || place.lon === null || last.eventId === item.event.eventId) {
      return null;
    }
    const km = haversineKm(last, { lat: place.lat, lon: place.lon });
    const ms = Math.abs(item.event.eventTime.getTime() - Date.parse(last.at));
    const speed = speedKmh(km, ms);
    if (km < settings.minTravelKm || speed <= settings.maxSpeedKmh) {
      return null;
    }
    const rough = !last.precise || !place.precise;
    return {
      severity: AnomalySeverity.ALERT,
      eventIds: [last.eventId, item.event.eventId],
      discriminator: `${last.eventId}>${item.event.eventId}`,
      hint:
        `${Math.round(km)} km in ${(ms / HOUR_MS).toFixed(1)} h (${last.country ?? "?"} → ${place.country ?? "?"}): ` +
        (rough ? "country-level position, IP geolocation error possible; " : "") +
        "two copies of one code, or an aggregated parent scanned elsewhere.",
    };
  },
};

export const concurrentRegions: Rule = {
  kind: AnomalyKind.CONCURRENT_REGIONS,
  version: 1,
  check({ item, before, memory, place, settings }) {
    // A unit declared in transit is expected to turn up somewhere else.
    if (!place?.region || before.status === SerialStatus.IN_TRANSIT) {
      return null;
    }
    const now = item.event.eventTime.getTime();
    const window = settings.concurrentWindowHours * HOUR_MS;
    const other = memory.recent.find((seen) => seen.region !== place.region && Math.abs(now - Date.parse(seen.at)) <= window);
    if (!other) {
      return null;
    }
    return {
      severity: AnomalySeverity.ALERT,
      eventIds: [other.eventId, item.event.eventId],
      discriminator: `${other.eventId}>${item.event.eventId}`,
      hint: `Seen in ${other.region} (${other.country}) and ${place.region} (${place.country}) within ${settings.concurrentWindowHours} h with no shipment between: a clone, or IP geolocation error possible.`,
    };
  },
};

export const marketDiversion: Rule = {
  kind: AnomalyKind.MARKET_DIVERSION,
  version: 1,
  check({ key, item, memory, place, settings, markets }) {
    const country = place?.country;
    if (!country || !reachesMarket(item)) {
      return null;
    }
    const intended = new Set([...(markets ?? []), ...memory.destinations]);
    if (intended.size === 0 || intended.has(country) || settings.transitCountries.includes(country) || memory.origin === country) {
      return null;
    }
    return {
      severity: AnomalySeverity.ALERT,
      eventIds: [item.event.eventId],
      discriminator: country,
      hint: `${key.gtin} is meant for ${[...intended].sort().join(", ")}, seen in ${country}: diversion, or legal parallel trade or a traveller.`,
    };
  },
};
