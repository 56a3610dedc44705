import { MappingError } from "../core/errors";
import { localToIso, offsetAt } from "../core/time";
import { isoDate, text, type JsonObject } from "./record-json";

type EventTime = { eventTime: string; eventTimeZoneOffset: string };

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

function minutes(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  const [hours, mins] = offset.slice(1).split(":").map(Number);
  return sign * (hours * 60 + mins);
}

/** A timestamp field in the zone: an instant when it has an offset, else a local time there. */
function inZone(raw: string, timeZone: string, path: string): EventTime {
  const match = STAMP.exec(raw);
  const zone = match?.[5]?.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
  const instant = match && zone ? new Date(`${match[1]}T${match[2]}${match[3] ?? ":00"}${match[4] ?? ""}${zone}`) : undefined;
  if (!match || (instant && Number.isNaN(instant.getTime()))) {
    throw new MappingError(path, `"${raw}" is not an ISO 8601 timestamp.`);
  }
  if (!instant) {
    return localToIso(match[1], `${match[2]}${match[3] ?? ":00"}`, timeZone);
  }
  const offset = offsetAt(timeZone, instant);
  const local = new Date(instant.getTime() + minutes(offset) * 60_000).toISOString().slice(0, 19);
  return { eventTime: `${local}${offset}`, eventTimeZoneOffset: offset };
}

/**
 * When the goods moved. The business date (`shippedDate` of a fulfilment, else `tranDate`)
 * says the day but not the time; `lastModifiedDate`/`createdDate` says the time but is when
 * someone saved the record, which for a back-dated transaction is another day. So the
 * timestamp is used when it falls on the business date in the account's zone, else the
 * business date at midnight.
 */
export function eventTimeOf(record: JsonObject, dateFields: readonly string[], timeZone: string): EventTime {
  const dateField = dateFields.find((name) => text(record[name]) !== undefined);
  const date = dateField ? isoDate(record[dateField], `record.${dateField}`) : null;
  const stampField = ["lastModifiedDate", "createdDate"].find((name) => text(record[name]) !== undefined);
  const stamp = stampField ? inZone(text(record[stampField]) as string, timeZone, `record.${stampField}`) : undefined;
  if (stamp && (!date || stamp.eventTime.startsWith(date))) {
    return stamp;
  }
  if (date) {
    return localToIso(date, "00:00:00", timeZone);
  }
  throw new MappingError("record.tranDate", "The record has no tranDate, lastModifiedDate or createdDate: the event time is unknown.");
}
