import { badInput } from "../../lib/errors/hub-error";
import { isValidTimeZone } from "../core/time";
import type { IdocOptions } from "./idoc-delivery";

export const DEFAULT_IDOC_OPTIONS: IdocOptions = {
  stripSerialZeros: true,
  returnDeliveryTypes: ["LR"],
  defaultTimeZone: "UTC",
  timeZones: {},
};

/** Checks configureConnector options for the SAP connectors; every field is optional. */
export function validateIdocOptions(raw: unknown): IdocOptions {
  const options = (raw ?? {}) as Partial<IdocOptions>;
  if (typeof options !== "object" || Array.isArray(options)) {
    throw badInput("options must be an object.", { field: "input.options" });
  }
  const unknown = Object.keys(options).find((name) => !(name in DEFAULT_IDOC_OPTIONS));
  if (unknown) {
    // A misspelt option would otherwise be stored and silently ignored.
    throw badInput(`options.${unknown} is not an option of this connector (known: ${Object.keys(DEFAULT_IDOC_OPTIONS).join(", ")}).`, { field: `input.options.${unknown}` });
  }
  if (options.timeZones !== undefined && (typeof options.timeZones !== "object" || options.timeZones === null || Array.isArray(options.timeZones))) {
    throw badInput('options.timeZones must map SAP time zone codes to IANA zones, e.g. {"CET": "Europe/Berlin"}.', { field: "input.options.timeZones" });
  }
  if (options.stripSerialZeros !== undefined && typeof options.stripSerialZeros !== "boolean") {
    throw badInput("options.stripSerialZeros must be true or false.", { field: "input.options.stripSerialZeros" });
  }
  if (options.returnDeliveryTypes !== undefined && (!Array.isArray(options.returnDeliveryTypes) || options.returnDeliveryTypes.some((t) => typeof t !== "string"))) {
    throw badInput("options.returnDeliveryTypes must be a list of SAP delivery types, e.g. [\"LR\"].", { field: "input.options.returnDeliveryTypes" });
  }
  for (const [name, zone] of [["defaultTimeZone", options.defaultTimeZone], ...Object.entries(options.timeZones ?? {})]) {
    if (zone !== undefined && (typeof zone !== "string" || !isValidTimeZone(zone))) {
      throw badInput(`options: "${String(zone)}" (${name}) is not an IANA time zone.`, { field: "input.options" });
    }
  }
  return { ...DEFAULT_IDOC_OPTIONS, ...options, timeZones: { ...(options.timeZones ?? {}) } };
}
