import countries from "i18n-iso-countries";
import { badInput, HubError, unwrapHubError } from "../../../lib/errors/hub-error";
import { parseCode } from "../../../lib/gs1/code";
import type { SerialKey } from "../../../lib/serial-key";
import { requireText } from "../../../lib/validation/text";

/**
 * The unit a code names, in any form a scanner or person sends. A malformed code is
 * BAD_CODE and a code without a serial BAD_USER_INPUT, both naming the input field.
 */
export function unitOfCode(code: string, field: string): SerialKey {
  let elements;
  try {
    elements = parseCode(code).elements;
  } catch (error) {
    const hubError = unwrapHubError(error);
    if (hubError) {
      throw new HubError(hubError.code, `${field}: ${hubError.message}`, { ...hubError.details, field });
    }
    throw error;
  }
  const gtin = elements.find((element) => element.ai === "01")?.value;
  const serial = elements.find((element) => element.ai === "21")?.value;
  if (!gtin || !serial) {
    throw badInput(`${field} must name one unit: a GTIN (01) and a serial (21).`, { field });
  }
  return { gtin, serial };
}

/** An optional ISO 3166-1 alpha-2 country, upper-cased. */
export function optionalCountry(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  const country = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country) || !countries.isValid(country)) {
    throw badInput(`${field} "${value}" is not an ISO 3166-1 alpha-2 code.`, { field });
  }
  return country;
}

/** Optional free text: null when absent, else 1 to `max` characters. */
export const optionalText = (value: string | null | undefined, field: string, max = 200): string | null =>
  value === null || value === undefined ? null : requireText(value, field, max);
