import { MalformedBodyError } from "../core/errors";

/** IDocs nest about 8 levels (root, IDOC, E1EDL20, E1EDL24, E1EDL11, field). */
export const MAX_XML_DEPTH = 64;

/** Elements in one body: a 10,000-serial IDoc has about 40,000. */
export const MAX_XML_ELEMENTS = 1_000_000;

/** `<!DOCTYPE` or `<!ENTITY`, whatever the case. */
const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

/** Where a markup construct that is not an element ends: comments, CDATA, processing instructions. */
const SKIPPED: [string, string][] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
];

/** The index of the `>` that closes the tag opened at `start`, skipping quoted attribute values. */
function tagEnd(text: string, start: number): number {
  let quote: string | undefined;
  for (let i = start + 1; i < text.length; i += 1) {
    const char = text[i];
    if (quote) {
      quote = char === quote ? undefined : quote;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === ">") {
      return i;
    }
  }
  return -1;
}

/**
 * Checks an XML body before it is parsed: no DOCTYPE or ENTITY declaration at all (so no entity
 * can be declared, expanded a billion times or fetched from file:///etc/passwd), nesting and
 * element count within bounds. A linear scan; well-formedness is the parser's job.
 */
export function checkXmlShape(text: string): void {
  const declaration = DECLARATION.exec(text);
  if (declaration) {
    throw new MalformedBodyError(
      "",
      `The XML contains a <!${declaration[1].toUpperCase()} declaration (at character ${declaration.index}): DTDs are refused, as they carry ` +
        "entity-expansion (billion laughs) and external-entity (XXE) attacks, and IDocs need none.",
    );
  }
  let depth = 0;
  let elements = 0;
  let i = text.indexOf("<");
  while (i >= 0) {
    const skipped = SKIPPED.find(([open]) => text.startsWith(open, i));
    const end = skipped ? text.indexOf(skipped[1], i + skipped[0].length) : tagEnd(text, i);
    if (end < 0) {
      // Unclosed markup: the parser reports it with its own words.
      return;
    }
    if (!skipped && text[i + 1] === "/") {
      depth -= 1;
    } else if (!skipped) {
      elements += 1;
      if (elements > MAX_XML_ELEMENTS) {
        throw new MalformedBodyError("", `The XML holds more than ${MAX_XML_ELEMENTS} elements (at character ${i}): refused before parsing.`);
      }
      depth += text[end - 1] === "/" ? 0 : 1;
      if (depth > MAX_XML_DEPTH) {
        throw new MalformedBodyError("", `The XML nests deeper than ${MAX_XML_DEPTH} elements (at character ${i}): refused before parsing.`);
      }
    }
    i = text.indexOf("<", end + 1);
  }
}
