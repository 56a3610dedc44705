/** Calendar dates as ISO `YYYY-MM-DD` strings, computed in UTC so no machine time zone leaks in. */

const DAY_MS = 86_400_000;

const parse = (date: string): [number, number, number] => {
  const [year, month, day] = date.split("-").map(Number);
  return [year, month, day];
};

const format = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same day `months` later; a day the target month lacks becomes its last day
 * (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year).
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Minutes east of UTC of an EPCIS offset such as "+01:00" or "-05:30". */
export function offsetMinutes(offset: string): number {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) {
    return 0;
  }
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The calendar date at the place an event happened: a sale at 00:30 in Berlin on 1 Feb is a 1 Feb sale. */
export const localDateOf = (instant: Date, offset: string): string => new Date(instant.getTime() + offsetMinutes(offset) * 60_000).toISOString().slice(0, 10);

export const utcDate = (instant: Date): string => instant.toISOString().slice(0, 10);
