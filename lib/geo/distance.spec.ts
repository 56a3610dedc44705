import { EARTH_RADIUS_KM, haversineKm, speedKmh } from "./distance";
import { findCountry } from "./countries";

const BERLIN = { lat: 52.52, lon: 13.405 };
const PARIS = { lat: 48.8566, lon: 2.3522 };

describe("haversineKm", () => {
  it("measures Berlin to Paris as about 878 km", () => {
    const km = haversineKm(BERLIN, PARIS);
    expect(km).toBeGreaterThan(878 * 0.99);
    expect(km).toBeLessThan(878 * 1.01);
  });

  it("is symmetric and zero for one point", () => {
    expect(haversineKm(PARIS, BERLIN)).toBeCloseTo(haversineKm(BERLIN, PARIS), 9);
    expect(haversineKm(BERLIN, BERLIN)).toBe(0);
  });

  it("gives half the circumference for antipodes and across the antimeridian the short way", () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(haversineKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(haversineKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(111.2, 0);
  });

  it("puts the Brazil and Germany centroids more than 8,000 km apart", () => {
    const brazil = findCountry("BR");
    const germany = findCountry("DE");
    expect(haversineKm(brazil!, germany!)).toBeGreaterThan(8_000);
  });
});

describe("speedKmh", () => {
  it("divides distance by hours", () => {
    expect(speedKmh(878, 3_600_000)).toBe(878);
    expect(speedKmh(900, 90 * 60_000)).toBe(600);
  });

  it("ignores the sign of the interval", () => {
    expect(speedKmh(100, -1_800_000)).toBe(200);
  });

  it("is Infinity for a jump in no time and 0 when nothing moved", () => {
    expect(speedKmh(878, 0)).toBe(Infinity);
    expect(speedKmh(0, 0)).toBe(0);
    expect(speedKmh(0, 60_000)).toBe(0);
  });
});
