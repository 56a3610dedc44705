import { validateAiSet } from "./ai-set";
import { validateAiValue, type AiElement } from "./ai-value";
import { badCode } from "./bad-code";
import { aiEntry, type AiEntry } from "./dictionary";

export const CANONICAL_STEM = "https://id.gs1.org";

export interface ParsedDigitalLink {
  elements: AiElement[];
  /** Non-AI query parameters such as linkType, kept for resolvers. */
  parameters: Record<string, string>;
  warnings: string[];
}

/** Characters RFC 3986 never allows in a URI. */
const ILLEGAL = /[\s"<>\\^`{|}]/;
const SCHEME = /^(https?|HTTPS?):\/\//;

export const looksLikeDigitalLink = (input: string): boolean => SCHEME.test(input);

function decode(raw: string, ai: string, where: string, plusIsSpace: boolean): string {
  let value: string;
  try {
    value = decodeURIComponent(plusIsSpace ? raw.replace(/\+/g, " ") : raw);
  } catch {
    throw badCode(`AI (${ai}) in the Digital Link ${where} has a bad percent-escape.`, { ai });
  }
  if (value.includes("\0")) {
    throw badCode(`AI (${ai}) in the Digital Link ${where} decodes to a null character.`, { ai });
  }
  return value;
}

function checkDomain(authority: string): void {
  const host = authority.replace(/:\d+$/, "");
  const ok = /^\[[0-9A-Fa-f:.]+\]$/.test(host) || /^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(host);
  if (!ok) {
    throw badCode(`The Digital Link's domain "${authority}" contains illegal characters.`, { position: 0 });
  }
}

/** GTINs may be zero-suppressed in a Digital Link (8, 12 or 13 digits): restore GTIN-14. */
function unsuppress(ai: string, value: string): string {
  return ai === "01" && /^(\d{8}|\d{12,13})$/.test(value) ? value.padStart(14, "0") : value;
}

const isSubsequence = (items: readonly string[], sequence: readonly string[]) => {
  let at = 0;
  for (const item of items) {
    at = sequence.indexOf(item, at);
    if (at === -1) {
      return false;
    }
    at += 1;
  }
  return true;
};

/** The qualifier sequences of `key` that the qualifiers used so far fit. */
const fittingSequences = (key: AiEntry, qualifiers: readonly string[]) =>
  (key.dlKeyQualifiers ?? [[]]).filter((sequence) => isSubsequence(qualifiers, sequence));

/** Finds the key from the end of the path: the stem before it may hold anything. */
function pathElements(segments: string[]): AiElement[] {
  let keyAt = -1;
  for (let i = segments.length - 2; i >= 0; i -= 2) {
    const entry = /^\d{2,4}$/.test(segments[i]) ? aiEntry(segments[i]) : undefined;
    if (!entry) {
      break;
    }
    if (entry.dlKeyQualifiers) {
      keyAt = i;
      break;
    }
  }
  if (keyAt === -1) {
    throw badCode("No GS1 Digital Link key (such as /01/{gtin}) was found in the path.");
  }
  const elements: AiElement[] = [];
  for (let i = keyAt; i < segments.length; i += 2) {
    const ai = segments[i];
    if (segments[i + 1] === "") {
      throw badCode(`AI (${ai}) has an empty value in the Digital Link path.`, { ai });
    }
    elements.push({ ai, value: unsuppress(ai, decode(segments[i + 1], ai, "path", false)) });
  }
  const key = aiEntry(elements[0].ai) as AiEntry;
  const qualifiers = elements.slice(1).map((element) => element.ai);
  if (fittingSequences(key, qualifiers).length === 0) {
    throw badCode(
      `The path's AIs (${qualifiers.join(", ")}) are not qualifiers of key (${key.ai}) in the allowed order ` +
        `(${(key.dlKeyQualifiers ?? []).map((sequence) => sequence.join(",") || "none").join(" or ")}).`,
      { ai: qualifiers[0] },
    );
  }
  return elements;
}

/** Parses a GS1 Digital Link URI on any domain and path stem into its AI elements. */
export function parseDigitalLink(input: string): ParsedDigitalLink {
  if (!SCHEME.test(input)) {
    throw badCode("Not a GS1 Digital Link: it must start with http:// or https:// (all lower or all upper case).", { position: 0 });
  }
  const illegal = input.search(ILLEGAL);
  if (illegal !== -1) {
    throw badCode(`The Digital Link contains an illegal character at position ${illegal}.`, { position: illegal });
  }
  const rest = input.replace(SCHEME, "").split("#")[0];
  const slash = rest.indexOf("/");
  if (slash <= 0) {
    throw badCode("A Digital Link needs a domain and a path.", { position: 0 });
  }
  checkDomain(rest.slice(0, slash));
  const [path, query = ""] = rest.slice(slash).split(/\?(.*)/s);
  const elements = pathElements(path.split("/").slice(1));
  const key = aiEntry(elements[0].ai) as AiEntry;
  const sequences = fittingSequences(key, elements.slice(1).map((element) => element.ai));
  const parameters: Record<string, string> = {};
  for (const pair of query.split("&").filter((part) => part !== "")) {
    const [name, raw] = pair.includes("=") ? [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] : [pair, undefined];
    if (!/^\d+$/.test(name)) {
      parameters[name] = raw === undefined ? "" : decode(raw, name, "query", true);
      continue;
    }
    const entry = aiEntry(name);
    if (!entry) {
      throw badCode(`Unknown AI (${name}) in the Digital Link query.`, { ai: name });
    }
    if (!raw) {
      throw badCode(`AI (${name}) has an empty value in the Digital Link query.`, { ai: name });
    }
    if (sequences.some((sequence) => sequence.includes(name))) {
      throw badCode(`AI (${name}) is a qualifier of key (${key.ai}): it belongs in the path, not the query.`, { ai: name });
    }
    if (!entry.dlDataAttribute) {
      throw badCode(`AI (${name}) cannot be a Digital Link data attribute.`, { ai: name });
    }
    elements.push({ ai: name, value: unsuppress(name, decode(raw, name, "query", true)) });
  }
  for (const element of elements) {
    validateAiValue(element.ai, element.value);
  }
  validateAiSet(elements);
  return { elements, parameters, warnings: [] };
}

/** Percent-encodes all but RFC 3986 unreserved characters, as GS1 Digital Link requires. */
export const encodeDigitalLinkValue = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The Digital Link for a set of elements: the first DL key, its qualifiers in dictionary
 * order, data attributes in the query. Elements that fit neither are returned as left out.
 */
export function toDigitalLink(elements: readonly AiElement[], stem = CANONICAL_STEM): { uri: string; leftOut: string[] } | undefined {
  const keyElement = elements.find((element) => aiEntry(element.ai)?.dlKeyQualifiers);
  if (!keyElement) {
    return undefined;
  }
  const key = aiEntry(keyElement.ai) as AiEntry;
  const present = new Set(elements.map((element) => element.ai));
  const sequence = [...(key.dlKeyQualifiers ?? [[]])].sort(
    (a, b) => b.filter((ai) => present.has(ai)).length - a.filter((ai) => present.has(ai)).length,
  )[0];
  const byAi = new Map(elements.map((element) => [element.ai, element.value]));
  const qualifiers = sequence.filter((ai) => present.has(ai));
  const path = [keyElement.ai, ...qualifiers].map((ai) => `/${ai}/${encodeDigitalLinkValue(byAi.get(ai) as string)}`).join("");
  const inPath = new Set([keyElement.ai, ...qualifiers]);
  const rest = elements.filter((element) => !inPath.has(element.ai));
  const query = rest.filter((element) => aiEntry(element.ai)?.dlDataAttribute);
  const leftOut = rest.filter((element) => !aiEntry(element.ai)?.dlDataAttribute).map((element) => element.ai);
  const search = query.map((element) => `${element.ai}=${encodeDigitalLinkValue(element.value)}`).join("&");
  return { uri: `${stem}${path}${search ? `?${search}` : ""}`, leftOut };
}
