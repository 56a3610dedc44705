import { badInput } from "../../lib/errors/hub-error";
import { isValidTimeZone } from "../core/time";

export interface WmsOptions {
  /**
   * IANA zone of the warehouse: timestamps sent without an offset are read in it, and the
   * receipt time stands in for a missing event time in it. @default "UTC"
   */
  timeZone: string;
}

export interface ShipheroOptions extends WmsOptions {
  /**
   * Map deliveries ShipHero marks `"test": "1"` (sent from its webhook test tool with sample
   * data) instead of answering them not-supported. @default false
   */
  acceptTestWebhooks: boolean;
}

export const DEFAULT_WMS_OPTIONS: WmsOptions = { timeZone: "UTC" };
export const DEFAULT_SHIPHERO_OPTIONS: ShipheroOptions = { ...DEFAULT_WMS_OPTIONS, acceptTestWebhooks: false };

type Checks = Record<string, (value: unknown) => string | null>;

const TIME_ZONE = (value: unknown): string | null =>
  typeof value === "string" && isValidTimeZone(value) ? null : `options.timeZone must be an IANA time zone such as "America/Chicago", not ${JSON.stringify(value)}.`;

const BOOLEAN = (name: string) => (value: unknown) => (typeof value === "boolean" ? null : `options.${name} must be true or false.`);

/** Every field optional; a key the connector does not know is refused, so a typo never silently falls back to a default. */
function checkOptions<T extends object>(raw: unknown, checks: Checks, defaults: T, connector: string): T {
  const options = raw ?? {};
  if (typeof options !== "object" || Array.isArray(options)) {
    throw badInput("options must be an object.", { field: "input.options" });
  }
  for (const [key, value] of Object.entries(options)) {
    if (!Object.hasOwn(checks, key)) {
      throw badInput(`options.${key} is not an option of the ${connector} connector (known: ${Object.keys(checks).join(", ")}).`, { field: `input.options.${key}` });
    }
    const problem = value === undefined ? null : checks[key](value);
    if (problem) {
      throw badInput(problem, { field: `input.options.${key}` });
    }
  }
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  return { ...defaults, ...given };
}

export const validateWmsOptions = (raw: unknown): WmsOptions => checkOptions(raw, { timeZone: TIME_ZONE }, DEFAULT_WMS_OPTIONS, "wms");

export const validateShipheroOptions = (raw: unknown): ShipheroOptions =>
  checkOptions(raw, { timeZone: TIME_ZONE, acceptTestWebhooks: BOOLEAN("acceptTestWebhooks") }, DEFAULT_SHIPHERO_OPTIONS, "shiphero");
