/** The UTC offset of an IANA zone at an instant, as ±hh:mm. */
export function offsetAt(timeZone: string, instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(instant);
  const name = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? "00"}` : "+00:00";
}

/**
 * A local date and time (YYYY-MM-DD, HH:MM:SS) in an IANA zone as an ISO instant with
 * the zone's offset then, e.g. 2025-03-14T10:19:02+01:00.
 */
export function localToIso(date: string, time: string, timeZone: string): { eventTime: string; eventTimeZoneOffset: string } {
  const guess = new Date(`${date}T${time}Z`);
  // The offset at the guessed instant; one correction covers the hour around a DST change.
  let offset = offsetAt(timeZone, guess);
  const shifted = new Date(guess.getTime() - offsetMinutes(offset) * 60_000);
  offset = offsetAt(timeZone, shifted);
  return { eventTime: `${date}T${time}${offset}`, eventTimeZoneOffset: offset };
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(":").map(Number);
  return sign * (hours * 60 + minutes);
}

export const isValidTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
};
