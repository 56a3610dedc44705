import { readFileSync } from "node:fs";
import type { Country as WorldCountry } from "world-countries";

/**
 * Seven-continent grouping, for rules such as "scanned in two regions within a window".
 * world-countries puts all of the Americas in one region; the Americas are split here
 * into South America and North America (with Central America and the Caribbean).
 */
export type Region = "Africa" | "Antarctica" | "Asia" | "Europe" | "North America" | "Oceania" | "South America";

/** One ISO 3166-1 country with a representative point for distance estimates. */
export interface CountryInfo {
  /** ISO 3166-1 alpha-2, upper case. */
  alpha2: string;
  /** Common English name. */
  name: string;
  /** Representative point (often whole degrees): good to tens of km for small countries, far less for large ones. */
  lat: number;
  lon: number;
  region: Region;
  /** Finer UN-style grouping from world-countries, e.g. "Western Europe", "Caribbean"; "" for Antarctica. */
  subregion: string;
  /** Area in km², to size the uncertainty of a country-only position; null where the source has none (SJ). */
  areaKm2: number | null;
}

function regionOf(country: WorldCountry): Region {
  switch (country.region) {
    case "Americas":
      return country.subregion === "South America" ? "South America" : "North America";
    case "Antarctic":
      return "Antarctica";
    case "Africa":
    case "Asia":
    case "Europe":
    case "Oceania":
      return country.region;
    default:
      throw new Error(`world-countries: unexpected region "${country.region}" for ${country.cca2}.`);
  }
}

let table: ReadonlyMap<string, CountryInfo> | undefined;

/**
 * Built on first use from world-countries (ODbL-1.0, bundled with the package: nothing is
 * fetched at run time). The 1.4 MB source file is read once and only the compact table kept.
 */
function countryTable(): ReadonlyMap<string, CountryInfo> {
  if (!table) {
    const source = JSON.parse(readFileSync(require.resolve("world-countries/countries.json"), "utf8")) as WorldCountry[];
    table = new Map(
      source.map((country): [string, CountryInfo] => [
        country.cca2,
        {
          alpha2: country.cca2,
          name: country.name.common,
          lat: country.latlng[0],
          lon: country.latlng[1],
          region: regionOf(country),
          subregion: country.subregion,
          areaKm2: country.area > 0 ? country.area : null,
        },
      ]),
    );
  }
  return table;
}

/** The country with this ISO 3166-1 alpha-2 code (any case, surrounding spaces ignored), or undefined. */
export function findCountry(alpha2: string): CountryInfo | undefined {
  return countryTable().get(alpha2.trim().toUpperCase());
}

/** Every country in the table, in the source's order. */
export function listCountries(): CountryInfo[] {
  return [...countryTable().values()];
}
