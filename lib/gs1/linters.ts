import currencyCodes from "currency-codes";
import countries from "i18n-iso-countries";
import { daysInMonth as daysIn, fullYear } from "./dates";
import { gs1CheckDigit } from "./gtin";

/**
 * The GS1 Syntax Tests ("linters") named by the syntax dictionary. Each checks one
 * component of an AI value and answers a problem with its position in that component.
 */
export interface LintProblem {
  message: string;
  /** Offset in the component where the problem is. */
  position: number;
}

type Linter = (value: string) => LintProblem | undefined;

const problem = (message: string, position = 0): LintProblem => ({ message, position });

/** CSET 82 as the GS1 General Specifications order it; csumalpha weights characters by this index. */
const CSET82_ORDER = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
const CSET32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83];

const numericCountries = new Set(Object.keys(countries.getNumericCodes()));
const currencies = new Set(currencyCodes.numbers().map(String));

function date(value: string, allowDayZero: boolean, fourDigitYear = false): LintProblem | undefined {
  const yearLength = fourDigitYear ? 4 : 2;
  const year = fourDigitYear ? Number(value.slice(0, 4)) : fullYear(Number(value.slice(0, 2)));
  const month = Number(value.slice(yearLength, yearLength + 2));
  const day = Number(value.slice(yearLength + 2, yearLength + 4));
  if (month < 1 || month > 12) {
    return problem("The month is not valid.", yearLength);
  }
  if ((day === 0 && !allowDayZero) || day > daysIn(year, month)) {
    return problem("The day is not valid for that month.", yearLength + 2);
  }
  return undefined;
}

const range = (max: number, what: string): Linter => (value) => (Number(value) > max ? problem(`The ${what} is out of range.`) : undefined);

function iban(value: string): LintProblem | undefined {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(value) || !countries.isValid(value.slice(0, 2))) {
    return problem("Not a valid IBAN.");
  }
  const rearranged = value.slice(4) + value.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) {
      remainder = (remainder * 10 + Number(digit)) % 97;
    }
  }
  return remainder === 1 ? undefined : problem("The IBAN check digits are incorrect.", 2);
}

/** GMN/MUDI alphanumeric check pair: prime weights (2, 3, 5, … from the right) over CSET 82, mod 1021, as two CSET 32 characters. */
function csumalpha(value: string): LintProblem | undefined {
  if (value.length < 2) {
    return problem("Too short for its check characters.");
  }
  const body = value.slice(0, -2);
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    sum += CSET82_ORDER.indexOf(body[body.length - 1 - i]) * PRIMES[i];
  }
  const check = sum % 1021;
  const expected = CSET32[check >> 5] + CSET32[check & 31];
  return value.slice(-2) === expected ? undefined : problem("The alphanumeric check characters are incorrect.", value.length - 2);
}

const LINTERS: Record<string, Linter> = {
  csum: (value) =>
    gs1CheckDigit(value.slice(0, -1)) === Number(value.at(-1)) ? undefined : problem("The numeric check digit is incorrect.", value.length - 1),
  csumalpha,
  yymmd0: (value) => date(value, true),
  yymmdd: (value) => date(value, false),
  yyyymmdd: (value) => date(value, false, true),
  hhmi: (value) => (Number(value.slice(0, 2)) > 23 ? problem("The hour is not valid.") : Number(value.slice(2, 4)) > 59 ? problem("The minute is not valid.", 2) : undefined),
  hh: range(23, "hour"),
  mi: range(59, "minute"),
  ss: range(59, "second"),
  iso3166: (value) => (numericCountries.has(value) ? undefined : problem("Not a valid ISO 3166 country code.")),
  iso3166999: (value) => (value === "999" || numericCountries.has(value) ? undefined : problem("Not a valid ISO 3166 country code or 999.")),
  iso3166alpha2: (value) => (countries.isValid(value) && /^[A-Z]{2}$/.test(value) ? undefined : problem("Not a valid ISO 3166 alpha-2 country code.")),
  iso4217: (value) => (currencies.has(value) ? undefined : problem("Not a valid ISO 4217 currency code.")),
  iso5218: (value) => (["0", "1", "2", "9"].includes(value) ? undefined : problem("Not a valid ISO 5218 biological sex code.")),
  iban,
  latitude: range(1_800_000_000, "latitude"),
  longitude: range(3_600_000_000, "longitude"),
  hyphen: (value) => (/^-*$/.test(value) ? undefined : problem("Only a hyphen is allowed here.")),
  yesno: (value) => (value === "0" || value === "1" ? undefined : problem("Must be 0 or 1.")),
  zero: (value) => (value === "0" ? undefined : problem("Must be zero.")),
  nonzero: (value) => (/^0+$/.test(value) ? problem("Must not be zero.") : undefined),
  nozeroprefix: (value) => (value.length > 1 && value.startsWith("0") ? problem("Must not start with zero.") : undefined),
  winding: (value) => (["0", "1", "9"].includes(value) ? undefined : problem("The winding direction must be 0, 1 or 9.")),
  pieceoftotal: (value) => {
    const [piece, total] = [Number(value.slice(0, 2)), Number(value.slice(2, 4))];
    return piece === 0 || total === 0 || piece > total ? problem("The piece number must be from 1 to the total.") : undefined;
  },
  posinseqslash: (value) => {
    const match = /^(\d+)\/(\d+)$/.exec(value);
    return match && Number(match[1]) >= 1 && Number(match[1]) <= Number(match[2]) ? undefined : problem("Must be position/total.");
  },
  pcenc: (value) => {
    const bad = value.search(/%(?![0-9A-Fa-f]{2})/);
    return bad === -1 ? undefined : problem("A percent sign must start a %XX escape.", bad);
  },
  hasnondigit: (value) => (/\D/.test(value) ? undefined : problem("Must contain a non-digit character.")),
  mediatype: (value) => {
    const code = Number(value);
    return (code >= 1 && code <= 10) || code >= 80 ? undefined : problem("Not a valid AIDC media type.");
  },
  importeridx: (value) => (/^[-0-9A-Z_a-z]$/.test(value) ? undefined : problem("Not a valid importer index.")),
};

/**
 * Linters accepted without a content check, and why: the GS1 Company Prefix position
 * checks need GS1's licensed prefix list; the coupon structures and UN/ECE package types
 * are outside serial tracking. The component's length and character set are still checked.
 */
export const UNCHECKED_LINTERS = new Set(["gcppos1", "gcppos2", "couponcode", "couponposoffer", "packagetype"]);

export function lint(name: string, value: string): LintProblem | undefined {
  if (UNCHECKED_LINTERS.has(name)) {
    return undefined;
  }
  const linter = LINTERS[name];
  if (!linter) {
    throw new Error(`The syntax dictionary names a linter this parser does not know: ${name}`);
  }
  return linter(value);
}
