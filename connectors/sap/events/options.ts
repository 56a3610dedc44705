import { badInput } from "../../../lib/errors/hub-error";
import { isValidTimeZone } from "../../core/time";

/**
 * Options of `sap-events`. The credential fields keep names matching /password|token/ so
 * the hub seals them and never shows them back.
 */
export interface SapEventsOptions {
  /**
   * Service root of API_OUTBOUND_DELIVERY_SRV; a query (e.g. `sap-client=100`) is kept.
   * @example "https://my-s4.example.com/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002"
   */
  odataBaseUrl: string;
  /** Communication user for Basic auth on the OData read (with odataPassword). */
  odataUser?: string;
  odataPassword?: string;
  /** Bearer token for the OData read, instead of odataUser/odataPassword. */
  odataToken?: string;
  /** Strip the zero padding of serial numbers (SAP pads to 18). @default true */
  stripSerialZeros: boolean;
  /** Delivery types (DeliveryDocumentType) that are customer returns. @default ["LR"] */
  returnDeliveryTypes: string[];
  /** IANA zone for deliveries without Shippinglocationtimezone. @default "UTC" */
  defaultTimeZone: string;
  /** Extra SAP time zone codes → IANA zones, as in sap-idoc. @default {} */
  timeZones: Record<string, string>;
}


const KNOWN = new Set(["odataBaseUrl", "odataUser", "odataPassword", "odataToken", "stripSerialZeros", "returnDeliveryTypes", "defaultTimeZone", "timeZones"]);

// Values are never echoed in the errors: they travel to the client, and some are credentials.
const fail = (name: string, message: string) => badInput(`options.${name} ${message}`, { field: `input.options.${name}` });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function baseUrl(raw: unknown): string {
  if (typeof raw !== "string" || raw.trim() === "") {
    throw fail("odataBaseUrl", "is required: the service root of API_OUTBOUND_DELIVERY_SRV, e.g. https://host/sap/opu/odata/sap/API_OUTBOUND_DELIVERY_SRV;v=0002.");
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw fail("odataBaseUrl", "is not a URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw fail("odataBaseUrl", "must be an http or https URL.");
  }
  // The URL ends up in rejected-delivery records, which are not sealed.
  if (url.username || url.password) {
    throw fail("odataBaseUrl", "must not carry credentials: set odataUser/odataPassword or odataToken.");
  }
  if (url.hash) {
    throw fail("odataBaseUrl", "must not have a #fragment.");
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}${url.search}`;
}

function credentials(options: Record<string, unknown>): Pick<SapEventsOptions, "odataUser" | "odataPassword" | "odataToken"> {
  for (const name of ["odataUser", "odataPassword", "odataToken"]) {
    if (options[name] !== undefined && (typeof options[name] !== "string" || options[name] === "")) {
      throw fail(name, "must be a non-empty string.");
    }
  }
  const { odataUser, odataPassword, odataToken } = options as Record<string, string | undefined>;
  if (odataToken !== undefined && (odataUser !== undefined || odataPassword !== undefined)) {
    throw fail("odataToken", "cannot be combined with odataUser/odataPassword: choose Basic or Bearer.");
  }
  if ((odataUser === undefined) !== (odataPassword === undefined)) {
    throw fail(odataUser === undefined ? "odataUser" : "odataPassword", "is required with the other half of Basic auth (odataUser and odataPassword).");
  }
  return { ...(odataUser !== undefined ? { odataUser, odataPassword } : {}), ...(odataToken !== undefined ? { odataToken } : {}) };
}

/** Checks configureConnector options for sap-events: odataBaseUrl is required. */
export function validateSapEventsOptions(raw: unknown): SapEventsOptions {
  if (!isRecord(raw)) {
    throw badInput("options must be an object with at least odataBaseUrl.", { field: "input.options" });
  }
  // A misspelt credential (say "odataPasword") would otherwise be stored unsealed.
  const unknown = Object.keys(raw).find((name) => !KNOWN.has(name));
  if (unknown !== undefined) {
    throw fail(unknown, `is not an option of sap-events (known: ${[...KNOWN].join(", ")}).`);
  }
  const options: SapEventsOptions = { stripSerialZeros: true, returnDeliveryTypes: ["LR"], defaultTimeZone: "UTC", timeZones: {}, odataBaseUrl: baseUrl(raw.odataBaseUrl), ...credentials(raw) };
  if (raw.stripSerialZeros !== undefined) {
    if (typeof raw.stripSerialZeros !== "boolean") {
      throw fail("stripSerialZeros", "must be true or false.");
    }
    options.stripSerialZeros = raw.stripSerialZeros;
  }
  if (raw.returnDeliveryTypes !== undefined) {
    if (!Array.isArray(raw.returnDeliveryTypes) || raw.returnDeliveryTypes.some((type) => typeof type !== "string" || type === "")) {
      throw fail("returnDeliveryTypes", 'must be a list of SAP delivery types, e.g. ["LR"].');
    }
    options.returnDeliveryTypes = [...(raw.returnDeliveryTypes as string[])];
  }
  if (raw.defaultTimeZone !== undefined) {
    if (typeof raw.defaultTimeZone !== "string" || !isValidTimeZone(raw.defaultTimeZone)) {
      throw fail("defaultTimeZone", "must be an IANA time zone, e.g. Europe/Berlin.");
    }
    options.defaultTimeZone = raw.defaultTimeZone;
  }
  if (raw.timeZones !== undefined) {
    if (!isRecord(raw.timeZones)) {
      throw fail("timeZones", 'must map SAP time zone codes to IANA zones, e.g. {"CET": "Europe/Berlin"}.');
    }
    for (const [code, zone] of Object.entries(raw.timeZones)) {
      if (typeof zone !== "string" || !isValidTimeZone(zone)) {
        throw fail(`timeZones.${code}`, "must be an IANA time zone, e.g. Europe/Berlin.");
      }
    }
    options.timeZones = { ...(raw.timeZones as Record<string, string>) };
  }
  return options;
}
