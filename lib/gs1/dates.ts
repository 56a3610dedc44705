/** The GS1 sliding century window for YY (General Specifications §7.12). */
export function fullYear(yy: number, now = new Date()): number {
  const current = now.getUTCFullYear();
  const difference = yy - (current % 100);
  const century = Math.floor(current / 100) * 100;
  if (difference >= 51) {
    return century - 100 + yy;
  }
  if (difference <= -50) {
    return century + 100 + yy;
  }
  return century + yy;
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** YYMMDD to an ISO date; day 00 means the last day of the month. */
export function gs1DateToIso(yymmdd: string, now = new Date()): string {
  const year = fullYear(Number(yymmdd.slice(0, 2)), now);
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6)) || daysInMonth(year, month);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** An ISO date (YYYY-MM-DD) as GS1 YYMMDD. */
export const isoToGs1Date = (iso: string): string => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
