/** IUGG mean Earth radius. */
export const EARTH_RADIUS_KM = 6371.0088;

export interface LatLon {
  /** Degrees, -90 to 90. */
  lat: number;
  /** Degrees, -180 to 180. */
  lon: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance on a spherical Earth (haversine). The sphere is off from the
 * ellipsoid by up to about 0.5 %, which no travel rule needs.
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Speed needed to cover `distanceKm` in `ms` milliseconds. The sign of `ms` is ignored
 * (events arrive out of order); no time for a positive distance is Infinity, nothing
 * moved is 0.
 */
export function speedKmh(distanceKm: number, ms: number): number {
  if (distanceKm <= 0) {
    return 0;
  }
  const hours = Math.abs(ms) / 3_600_000;
  return hours === 0 ? Infinity : distanceKm / hours;
}
