import { MappingError } from "../core/errors";

/**
 * Readers for the SuiteTalk REST record JSON. Scripts build that JSON by hand as often as
 * they fetch it, so each reader accepts the forms both produce (ids as numbers, booleans
 * as "T"/"F", sublists with or without their `items` wrapper).
 */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** A string or number field as trimmed text; blank is absent. */
export function text(value: unknown): string | undefined {
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? undefined : trimmed;
  }
  return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
}

/** A reference field: `{id, refName}` as REST returns it, or a bare string standing for both. */
export interface Ref {
  id?: string;
  refName?: string;
  /** Only on references a script annotates (createdFrom): the record type it points at. */
  type?: string;
  links?: unknown;
}

export function ref(value: unknown): Ref | undefined {
  if (isObject(value)) {
    const result: Ref = { id: text(value.id), refName: text(value.refName), type: text(value.type), links: value.links };
    return result.id || result.refName ? result : undefined;
  }
  const bare = text(value);
  return bare ? { id: bare, refName: bare } : undefined;
}

export function quantity(value: unknown): number | undefined {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : undefined;
}

export function flag(value: unknown): boolean | undefined {
  if (typeof value === "boolean") {
    return value;
  }
  return value === "T" ? true : value === "F" ? false : undefined;
}

/** The rows of a sublist (`{items: [...]}` in REST); absent is empty. */
export function sublist(value: unknown, path: string): JsonObject[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (isObject(value) && value.items === undefined && value.links !== undefined) {
    // A REST read without expandSubResources: mapping it would silently find no serials.
    throw new MappingError(path, "The sublist came as a link, not rows: read the record with expandSubResources=true.");
  }
  const rows = Array.isArray(value) ? value : isObject(value) ? (value.items ?? []) : value;
  if (!Array.isArray(rows)) {
    throw new MappingError(path, "Expected a sublist {items: [...]}; load the record with expandSubResources=true.");
  }
  return rows.map((row, i) => {
    if (!isObject(row)) {
      throw new MappingError(`${path}.items[${i}]`, "A sublist row must be an object.");
    }
    return row;
  });
}

/** A date field as YYYY-MM-DD, the REST form; other renderings depend on user preferences, so they are refused. */
export function isoDate(value: unknown, path: string): string | null {
  const raw = text(value);
  if (raw === undefined) {
    return null;
  }
  const parsed = new Date(`${raw}T00:00:00Z`);
  // The round trip also refuses days a month does not have (2025-02-30).
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== raw) {
    throw new MappingError(path, `"${raw}" is not a date as YYYY-MM-DD (format dates with N/format or send the REST record).`);
  }
  return raw;
}
