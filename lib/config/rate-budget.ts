/** How many code checks one client may make per window. */
export interface RateBudget {
  points: number;
  /** Length of the fixed window, seconds. */
  seconds: number;
}

const UNITS: Record<string, number> = { s: 1, sec: 1, second: 1, min: 60, minute: 60, h: 3600, hour: 3600 };
const BUDGET = /^(\d+)\s*\/\s*(\d*)\s*(s|sec|second|min|minute|h|hour)s?$/i;
const MAX_WINDOW_SECONDS = 24 * 3600;

/**
 * Reads a budget written as `60/min`, `5/s`, `1000/10min` or `100000/h`; `off` means no limit
 * (returned as null). Throws a message naming the accepted forms for anything else.
 */
export function parseRateBudget(raw: string): RateBudget | null {
  const text = raw.trim();
  if (text.toLowerCase() === "off") {
    return null;
  }
  const match = BUDGET.exec(text);
  const points = match ? Number(match[1]) : NaN;
  const seconds = match ? Number(match[2] || 1) * UNITS[match[3].toLowerCase()] : NaN;
  if (!match || !Number.isSafeInteger(points) || points < 1 || seconds < 1 || seconds > MAX_WINDOW_SECONDS) {
    throw new Error(`must be a budget like 60/min, 5/s, 1000/10min or 100000/h (window up to 24 h), or off; got "${raw}"`);
  }
  return { points, seconds };
}

/** The budget back in the form it is configured in, for logs and messages. */
export function formatRateBudget(budget: RateBudget | null): string {
  if (!budget) {
    return "off";
  }
  const unit = budget.seconds % 3600 === 0 ? ["h", 3600] : budget.seconds % 60 === 0 ? ["min", 60] : ["s", 1];
  const count = budget.seconds / (unit[1] as number);
  return `${budget.points}/${count === 1 ? "" : count}${unit[0]}`;
}
