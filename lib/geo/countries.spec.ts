import iso from "i18n-iso-countries";
import { findCountry, listCountries } from "./countries";

describe("country table", () => {
  it("has an entry for every alpha-2 code i18n-iso-countries knows, and no other", () => {
    const known = Object.keys(iso.getAlpha2Codes()).sort();
    expect(known.length).toBeGreaterThanOrEqual(249);
    expect(known.filter((code) => !findCountry(code))).toEqual([]);
    expect(listCountries().map((country) => country.alpha2).sort()).toEqual(known);
  });

  it("gives every country a name, a point on the globe, an area and a region", () => {
    for (const country of listCountries()) {
      expect(country.alpha2).toMatch(/^[A-Z]{2}$/);
      expect(country.name).not.toBe("");
      expect(Math.abs(country.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(country.lon)).toBeLessThanOrEqual(180);
      expect(country.areaKm2 ?? 1).toBeGreaterThan(0);
    }
    expect(listCountries().filter((country) => country.areaKm2 === null).map((country) => country.alpha2)).toEqual(["SJ"]);
    expect(findCountry("DE")?.areaKm2).toBeCloseTo(357_114, -3);
  });

  it.each([
    ["DE", "Germany", "Europe"],
    ["FR", "France", "Europe"],
    ["BR", "Brazil", "South America"],
    ["AR", "Argentina", "South America"],
    ["US", "United States", "North America"],
    ["MX", "Mexico", "North America"],
    ["PA", "Panama", "North America"],
    ["JM", "Jamaica", "North America"],
    ["CN", "China", "Asia"],
    ["TR", "Türkiye", "Asia"],
    ["EG", "Egypt", "Africa"],
    ["AU", "Australia", "Oceania"],
    ["AQ", "Antarctica", "Antarctica"],
  ])("places %s (%s) in %s", (alpha2, name, region) => {
    expect(findCountry(alpha2)).toMatchObject({ alpha2, name, region });
  });

  it("uses a point inside the country", () => {
    expect(findCountry("DE")).toMatchObject({ lat: 51, lon: 9 });
    expect(findCountry("BR")).toMatchObject({ lat: -10, lon: -55 });
  });

  it("reads codes in any case and refuses unknown ones", () => {
    expect(findCountry(" de ")?.alpha2).toBe("DE");
    expect(findCountry("ZZ")).toBeUndefined();
    expect(findCountry("DEU")).toBeUndefined();
    expect(findCountry("")).toBeUndefined();
  });

  it("returns the same table on every call", () => {
    expect(findCountry("DE")).toBe(findCountry("de"));
  });
});
