import { badInput } from "../errors/hub-error";

/** GS1 mod-10 check digit over the digits before it (weights 3,1,3,… from the right). */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

export type GtinResult = { ok: true; gtin14: string } | { ok: false; reason: string };

/** Accepts GTIN-8, -12, -13 or -14 and returns the GTIN-14 form (left-padded with zeros). */
export function parseGtin(raw: string): GtinResult {
  const value = raw.trim();
  if (!/^[0-9]+$/.test(value)) {
    return { ok: false, reason: "a GTIN has digits only" };
  }
  if (![8, 12, 13, 14].includes(value.length)) {
    return { ok: false, reason: `a GTIN has 8, 12, 13 or 14 digits, this one has ${value.length}` };
  }
  const expected = gs1CheckDigit(value.slice(0, -1));
  const given = Number(value.at(-1));
  if (expected !== given) {
    return { ok: false, reason: `check digit is ${given}, expected ${expected}` };
  }
  return { ok: true, gtin14: value.padStart(14, "0") };
}

/** parseGtin for API input: a BAD_USER_INPUT error that names the field. */
export function requireGtin(raw: string, field = "gtin"): string {
  const result = parseGtin(raw);
  if (!result.ok) {
    throw badInput(`${field} "${raw}" is not a valid GTIN: ${result.reason}.`, { field, value: raw });
  }
  return result.gtin14;
}
