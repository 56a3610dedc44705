import { validateAiValue, type AiElement } from "./ai-value";
import { badCode } from "./bad-code";
import { gs1CheckDigit } from "./gtin";

/** Characters a serial or extension may hold unescaped in an EPC URN (TDS §7); the rest are %-escaped. */
const urnEscape = (value: string) => value.replace(/["%&/<>?]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

function urnUnescape(raw: string, ai: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badCode(`The EPC URN's ${ai === "21" ? "serial" : "extension"} has a bad percent-escape.`, { ai });
  }
}

/** Rebuilds the 13 digits after the company prefix split: indicator or extension digit first. */
function withCheckDigit(body: string): string {
  return body + String(gs1CheckDigit(body));
}

const PATTERNS: { scheme: string; pattern: RegExp; parts: string; toElements(match: RegExpExecArray): AiElement[] }[] = [
  {
    scheme: "sgtin",
    pattern: /^urn:epc:id:sgtin:(\d{6,12})\.(\d{1,7})\.(.+)$/,
    parts: "<company prefix>.<indicator and item reference>.<serial>",
    toElements: ([, prefix, item, serial]) => [
      { ai: "01", value: withCheckDigit(item[0] + prefix + item.slice(1)) },
      { ai: "21", value: urnUnescape(serial, "21") },
    ],
  },
  {
    scheme: "sscc",
    pattern: /^urn:epc:id:sscc:(\d{6,12})\.(\d{5,11})$/,
    parts: "<company prefix>.<extension digit and serial reference>",
    toElements: ([, prefix, reference]) => [{ ai: "00", value: withCheckDigit(reference[0] + prefix + reference.slice(1)) }],
  },
  {
    scheme: "sgln",
    pattern: /^urn:epc:id:sgln:(\d{6,12})\.(\d{0,6})\.(.+)$/,
    parts: "<company prefix>.<location reference>.<extension>",
    toElements: ([, prefix, location, extension]) => [
      { ai: "414", value: withCheckDigit(prefix + location) },
      ...(extension === "0" ? [] : [{ ai: "254", value: urnUnescape(extension, "254") }]),
    ],
  },
];

const TOTAL_DIGITS: Record<string, number> = { sgtin: 13, sscc: 17, sgln: 12 };

export const looksLikeEpcUrn = (input: string): boolean => /^urn:epc:id:/i.test(input);

/** `urn:epc:id:sgtin:`, `sscc:` and `sgln:` URNs to AI elements. */
export function parseEpcUrn(input: string): AiElement[] {
  const scheme = /^urn:epc:id:([a-z]+):/.exec(input)?.[1];
  const known = PATTERNS.find((candidate) => candidate.scheme === scheme);
  if (!known) {
    throw badCode(`EPC URN scheme "${scheme ?? input}" is not one this hub reads (sgtin, sscc, sgln).`, { position: 0 });
  }
  const match = known.pattern.exec(input);
  if (!match) {
    throw badCode(`An ${known.scheme.toUpperCase()} URN is urn:epc:id:${known.scheme}:${known.parts}.`, { position: 0 });
  }
  if (match[1].length + match[2].length !== TOTAL_DIGITS[known.scheme]) {
    throw badCode(`The company prefix and reference of an ${known.scheme.toUpperCase()} URN have ${TOTAL_DIGITS[known.scheme]} digits together.`, {
      position: 0,
    });
  }
  const elements = known.toElements(match);
  for (const element of elements) {
    validateAiValue(element.ai, element.value);
  }
  return elements;
}

/** The EPC URN of a unit, container or location; needs the company prefix length. */
export function toEpcUrn(elements: readonly AiElement[], companyPrefixLength: number): string | undefined {
  const value = (ai: string) => elements.find((element) => element.ai === ai)?.value;
  const gtin = value("01");
  const serial = value("21");
  const cp = companyPrefixLength;
  if (gtin && serial) {
    return `urn:epc:id:sgtin:${gtin.slice(1, 1 + cp)}.${gtin[0]}${gtin.slice(1 + cp, 13)}.${urnEscape(serial)}`;
  }
  const sscc = value("00");
  if (sscc) {
    return `urn:epc:id:sscc:${sscc.slice(1, 1 + cp)}.${sscc[0]}${sscc.slice(1 + cp, 17)}`;
  }
  const gln = value("414");
  if (gln) {
    return `urn:epc:id:sgln:${gln.slice(0, cp)}.${gln.slice(cp, 12)}.${urnEscape(value("254") ?? "0")}`;
  }
  return undefined;
}
