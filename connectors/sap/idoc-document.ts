import { XMLParser } from "fast-xml-parser";
import { MappingError } from "../core/errors";

/** A segment as XML or JSON renders it: fields are strings, child segments objects or arrays. */
export type Segment = Record<string, unknown>;

/** Segments that repeat in DELVRY IDocs; everything is read through `segments()` anyway. */
const REPEATING = new Set(["IDOC", "E1EDL24", "E1EDL11", "E1ADRM1", "E1EDT13", "E1EDL37", "E1EDL44"]);

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  // Values stay strings: leading zeros in DOCNUM, VBELN and POSNR are significant.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATING.has(name),
});

/** Integration Suite's XML→JSON makes a segment an object once and an array when it repeats. */
export function segments(parent: Segment | undefined, name: string): Segment[] {
  const value = parent?.[name];
  if (value === undefined || value === null || value === "") {
    return [];
  }
  return (Array.isArray(value) ? value : [value]) as Segment[];
}

export function field(segment: Segment | undefined, name: string): string | undefined {
  const value = segment?.[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  const text = typeof value === "object" ? (value as { "#text"?: unknown })["#text"] : value;
  const trimmed = String(text ?? "").trim();
  return trimmed === "" ? undefined : trimmed;
}

export interface IdocDocument {
  /** The basic type or extension name at the root, e.g. DELVRY07. */
  root: string;
  idocs: Segment[];
}

/** Reads IDoc XML (as SAP posts it) or the JSON rendering of SAP Integration Suite. */
export function readIdocDocument(rawBody: Buffer): IdocDocument {
  const text = rawBody.toString("utf8").trim();
  let parsed: Record<string, unknown>;
  try {
    parsed = text.startsWith("<")
      ? (xml.parse(text, true) as Record<string, unknown>)
      : (JSON.parse(text) as Record<string, unknown>);
  } catch (error) {
    throw new MappingError("", `Not IDoc XML or JSON: ${(error as Error).message.split("\n")[0]}`);
  }
  const root = Object.keys(parsed).find((key) => key !== "?xml");
  if (!root || typeof parsed[root] !== "object" || parsed[root] === null) {
    throw new MappingError("", "The body has no IDoc root element (e.g. DELVRY07).");
  }
  const idocs = segments(parsed[root] as Segment, "IDOC");
  if (idocs.length === 0) {
    throw new MappingError(root, "The IDoc document has no IDOC element.");
  }
  return { root, idocs };
}
