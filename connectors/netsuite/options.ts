import { badInput } from "../../lib/errors/hub-error";
import { isValidTimeZone } from "../core/time";

export interface NetsuiteOptions {
  /** IANA zone of the account (or subsidiary) whose dates the records carry. @default "UTC" */
  timeZone: string;
  /** Which part of the item reference becomes `item.sku`: the item name (`refName`) or the internal id. @default "refName" */
  itemKey: "refName" | "id";
}

export const DEFAULT_NETSUITE_OPTIONS: NetsuiteOptions = { timeZone: "UTC", itemKey: "refName" };

const KNOWN = Object.keys(DEFAULT_NETSUITE_OPTIONS);

/** Checks configureConnector options for the netsuite connector; every field is optional. */
export function validateNetsuiteOptions(raw: unknown): NetsuiteOptions {
  if (raw === undefined || raw === null) {
    return { ...DEFAULT_NETSUITE_OPTIONS };
  }
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw badInput("options must be an object, e.g. {timeZone: \"America/New_York\"}.", { field: "input.options" });
  }
  const options = raw as Record<string, unknown>;
  // A misspelt key would otherwise silently leave the default in force.
  const unknown = Object.keys(options).find((key) => !KNOWN.includes(key));
  if (unknown !== undefined) {
    throw badInput(`options.${unknown} is not an option of the netsuite connector (known: ${KNOWN.join(", ")}).`, { field: `input.options.${unknown}` });
  }
  const { timeZone, itemKey } = options;
  if (timeZone !== undefined && (typeof timeZone !== "string" || !isValidTimeZone(timeZone))) {
    throw badInput(`options.timeZone "${String(timeZone)}" is not an IANA time zone, e.g. "America/New_York".`, { field: "input.options.timeZone" });
  }
  if (itemKey !== undefined && itemKey !== "refName" && itemKey !== "id") {
    throw badInput(`options.itemKey must be "refName" or "id", not "${String(itemKey)}".`, { field: "input.options.itemKey" });
  }
  return {
    timeZone: timeZone ?? DEFAULT_NETSUITE_OPTIONS.timeZone,
    itemKey: itemKey ?? DEFAULT_NETSUITE_OPTIONS.itemKey,
  };
}
