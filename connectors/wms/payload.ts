import { MalformedBodyError, MappingError } from "../core/errors";
import { readJsonBody } from "../core/json-body";

/** A JSON object as a webhook sends it; fields are read through the helpers below. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** `parent.key`, or `key` at the root: the paths MappingErrors carry. */
export const at = (path: string, key: string): string => (path ? `${path}.${key}` : key);

export function readJsonObject(rawBody: Buffer): Json {
  const parsed = readJsonBody(rawBody);
  if (!isObject(parsed)) {
    throw new MalformedBodyError("", "The body is JSON but not an object.");
  }
  return parsed;
}

/** A scalar as text: the same id is a number in one ShipHero webhook and a string in another. */
export function text(record: Json | undefined, key: string): string | undefined {
  const value = record?.[key];
  if (typeof value === "string") {
    return value.trim() === "" ? undefined : value.trim();
  }
  return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
}

export function requireText(record: Json, key: string, path: string): string {
  const value = text(record, key);
  if (value === undefined) {
    throw new MappingError(at(path, key), `${key} is missing or empty.`);
  }
  return value;
}

export function object(record: Json | undefined, key: string): Json | undefined {
  const value = record?.[key];
  return isObject(value) ? value : undefined;
}

export function requireObject(record: Json, key: string, path: string): Json {
  const value = object(record, key);
  if (!value) {
    throw new MappingError(at(path, key), `${key} is missing or not an object.`);
  }
  return value;
}

/** A list of objects; absent or null is empty, anything else is a shape the mapping cannot trust. */
export function list(record: Json, key: string, path: string): Json[] {
  const value = record[key];
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw new MappingError(at(path, key), `${key} must be a list.`);
  }
  return value.map((entry, i) => {
    if (!isObject(entry)) {
      throw new MappingError(`${at(path, key)}[${i}]`, "Each entry must be an object.");
    }
    return entry;
  });
}

/** A unit count (integer ≥ 0, possibly sent as a string), or undefined when absent. */
export function count(record: Json, key: string, path: string): number | undefined {
  const value = record[key];
  if (value === undefined || value === null || value === "") {
    return undefined;
  }
  const number = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 0) {
    throw new MappingError(at(path, key), `${key} must be a whole number of units, not ${JSON.stringify(value)}.`);
  }
  return number;
}
