import { XMLParser } from "fast-xml-parser";
import { MalformedBodyError, MappingError } from "../core/errors";
import { checkJsonShape } from "../core/json-body";
import { checkXmlShape } from "./xml-shape";

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
  // A DOCTYPE never gets here (checkXmlShape refuses it), so only the five predefined entities
  // (&amp; &lt; …) can be expanded: no entity can be declared, none fetched (XXE), none multiply.
  processEntities: true,
  htmlEntities: false,
  // IDocs nest about 8 levels; the parser refuses deeper documents itself, as checkXmlShape does.
  maxNestedTags: 64,
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
  const text = rawBody.toString("utf8").replace(/^\uFEFF/, "").trim();
  const isXml = text.startsWith("<");
  if (isXml) {
    checkXmlShape(text);
  } else {
    checkJsonShape(rawBody, "The IDoc JSON");
  }
  let parsed: unknown;
  try {
    parsed = isXml ? xml.parse(text, true) : JSON.parse(text);
  } catch (error) {
    throw new MalformedBodyError("", `Not IDoc XML or JSON: ${(error as Error).message.split("\n")[0]}`);
  }
  const root = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? Object.keys(parsed).find((key) => key !== "?xml") : undefined;
  const document = root === undefined ? undefined : (parsed as Record<string, unknown>)[root];
  if (!root || typeof document !== "object" || document === null) {
    throw new MalformedBodyError("", "The body has no IDoc root element (e.g. DELVRY07).");
  }
  const idocs = segments(document as Segment, "IDOC");
  if (idocs.length === 0) {
    throw new MappingError(root, "The IDoc document has no IDOC element.");
  }
  return { root, idocs };
}
