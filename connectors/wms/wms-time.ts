import { MappingError } from "../core/errors";
import { localToIso, offsetAt } from "../core/time";

export interface EventTime {
  eventTime: string;
  eventTimeZoneOffset: string;
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]((?:[01]\d|2[0-3]):[0-5]\d)(:[0-5]\d)?(\.\d+)?(Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?$/i;

const realDate = (date: string): boolean => {
  const parsed = new Date(`${date}T00:00:00Z`);
  // Date rolls 2025-02-30 over to March instead of refusing it.
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

function normalOffset(offset: string): string {
  if (offset.toUpperCase() === "Z") {
    return "+00:00";
  }
  return offset.includes(":") ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/**
 * A payload timestamp as an event time. An explicit offset is kept as sent; a naive one
 * (ShipHero writes `2022-05-24 18:34:33`) is local time of the configured zone.
 */
export function timestampOf(value: string, timeZone: string, path: string): EventTime {
  const match = TIMESTAMP.exec(value.trim());
  if (!match || !realDate(match[1])) {
    throw new MappingError(path, `"${value}" is not a timestamp (YYYY-MM-DDTHH:MM:SS, with or without an offset).`);
  }
  const [, date, hoursMinutes, seconds = ":00", fraction = "", offset] = match;
  const time = `${hoursMinutes}${seconds}${fraction}`;
  if (!offset) {
    return localToIso(date, time, timeZone);
  }
  const normal = normalOffset(offset);
  return { eventTime: `${date}T${time}${normal}`, eventTimeZoneOffset: normal };
}

/** When the payload names no time, the hub's receipt time in the warehouse's zone (the worker passes the stored one, so re-parsing gives the same). */
export function receivedTime(receivedAt: Date, timeZone: string): EventTime {
  const offset = offsetAt(timeZone, receivedAt);
  const sign = offset.startsWith("-") ? -1 : 1;
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(receivedAt.getTime() + minutes * 60_000).toISOString().slice(0, 19);
  return { eventTime: `${local}${offset}`, eventTimeZoneOffset: offset };
}

/** An expiry as an ISO date: the date part of what was sent (`2027-01-31`, `2027-01-31T00:00:00Z`), never shifted by a zone. */
export function dateOf(value: string | undefined, path: string): string | null {
  if (value === undefined) {
    return null;
  }
  const date = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim())?.[1];
  if (!date || !realDate(date)) {
    throw new MappingError(path, `"${value}" is not a date (YYYY-MM-DD).`);
  }
  return date;
}
