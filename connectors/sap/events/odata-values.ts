import { MappingError } from "../../core/errors";

/** An entity of an OData V2 JSON answer (`{d: {...}}`). */
export type ODataEntity = Record<string, unknown>;

export const isEntity = (value: unknown): value is ODataEntity => typeof value === "object" && value !== null && !Array.isArray(value);

/** An expanded to-many navigation, which OData V2 writes as `{results: [...]}`. */
export function results(parent: ODataEntity, name: string, path: string): ODataEntity[] {
  const value = parent[name];
  const list = isEntity(value) ? value.results : undefined;
  if (!Array.isArray(list)) {
    const why = isEntity(value) && "__deferred" in value ? "was not expanded" : "is missing";
    throw new MappingError(`${path}.${name}`, `${name} ${why}: expected {results: [...]} from $expand.`);
  }
  return list.map((entry, i) => {
    if (!isEntity(entry)) {
      throw new MappingError(`${path}.${name}.results[${i}]`, `${name} holds something other than an entity.`);
    }
    return entry;
  });
}

/** A property as text; SAP writes "" for unset fields, which reads as absent. */
export function text(entity: ODataEntity, name: string): string | undefined {
  const value = entity[name];
  if (typeof value === "number") {
    return String(value);
  }
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * Edm.DateTime as OData V2 JSON writes it, `/Date(1741910400000)/`. SAP sends a calendar
 * date (DATS) as midnight UTC, so the UTC date is the local date it meant.
 */
export function odataDate(entity: ODataEntity, name: string, path: string): string | null {
  const value = entity[name];
  if (value === undefined || value === null || value === "") {
    return null;
  }
  const epoch = typeof value === "string" ? /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(value) : null;
  if (epoch) {
    return new Date(Number(epoch[1])).toISOString().slice(0, 10);
  }
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) {
    return value.slice(0, 10);
  }
  throw new MappingError(`${path}.${name}`, `"${String(value)}" is not an OData date (/Date(ms)/).`);
}

/** Edm.Time, an ISO 8601 duration such as `PT10H19M02S`, as HH:MM:SS. */
export function odataTime(entity: ODataEntity, name: string, path: string): string | null {
  const value = entity[name];
  if (value === undefined || value === null || value === "") {
    return null;
  }
  const match = typeof value === "string" ? /^PT(?:(\d{1,2})H)?(?:(\d{1,2})M)?(?:(\d{1,2})(?:\.\d+)?S)?$/.exec(value) : null;
  const [hours, minutes, seconds] = (match ? match.slice(1) : []).map((part) => Number(part ?? 0));
  if (!match || hours > 23 || minutes > 59 || seconds > 59) {
    throw new MappingError(`${path}.${name}`, `"${String(value)}" is not an OData time (PT10H19M02S).`);
  }
  return [hours, minutes, seconds].map((part) => String(part).padStart(2, "0")).join(":");
}

/**
 * The internal form of an ALPHA-converted SAP number. OData shows the external form
 * (80012345) where an IDoc carries the internal one (0080012345); event ids must agree.
 */
export const internal = (value: string, length: number): string => (/^\d+$/.test(value) ? value.padStart(length, "0") : value);
