import countries from "i18n-iso-countries";
import { badInput } from "../../../lib/errors/hub-error";
import { requireText } from "../../../lib/validation/text";
import type { CreateLocationInput } from "./location.input";
import { parseLocationId } from "./location-id";

export interface NewLocation {
  id: string;
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  party: string | null;
}

/** A location id in any GS1 form, in canonical form, or BAD_USER_INPUT naming the field. */
export function requireLocationId(raw: string, field: string): string {
  const result = parseLocationId(raw);
  if (!result.ok) {
    throw badInput(`${field} "${raw}" is not a GS1 location (SGLN URN, Digital Link with AI 414 or 13-digit GLN): ${result.reason}`, {
      field,
    });
  }
  return result.id;
}

function requireDegrees(value: number, limit: number, field: string): number {
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    throw badInput(`${field} must be from -${limit} to ${limit} degrees, got ${value}.`, { field });
  }
  return value;
}

/** Checks every field of createLocation and returns the normalised values. */
export function validateNewLocation(input: CreateLocationInput): NewLocation {
  const id = requireLocationId(input.id, "input.id");
  const country = input.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country) || !countries.isValid(country)) {
    throw badInput(`input.country "${input.country}" is not an ISO 3166-1 alpha-2 country code.`, { field: "input.country" });
  }
  const lat = input.lat ?? null;
  const lon = input.lon ?? null;
  if ((lat === null) !== (lon === null)) {
    const missing = lat === null ? "input.lat" : "input.lon";
    throw badInput(`${missing} is needed too: a position has both latitude and longitude.`, { field: missing });
  }
  return {
    id,
    name: requireText(input.name, "input.name"),
    country,
    lat: lat === null ? null : requireDegrees(lat, 90, "input.lat"),
    lon: lon === null ? null : requireDegrees(lon, 180, "input.lon"),
    party: input.party == null ? null : requireText(input.party, "input.party"),
  };
}
