import { readFileSync } from "node:fs";
import { projectPath } from "../paths";

/** One part of an AI's value: `N6,yymmd0`, `[X..16]`, … */
export interface Component {
  /** N numeric, X CSET 82, Y CSET 39, Z base64url. */
  cset: "N" | "X" | "Y" | "Z";
  min: number;
  max: number;
  optional: boolean;
  linters: string[];
}

export interface AiEntry {
  ai: string;
  title: string;
  /** `*` flag: a predefined-length AI, never followed by a separator. */
  predefinedLength: boolean;
  /** `?` flag: may be a Digital Link data attribute (query parameter). */
  dlDataAttribute: boolean;
  components: Component[];
  minLength: number;
  maxLength: number;
  /** `req=01+21,02`: one of these groups of AIs (or patterns like 31nn) must be present. One list per `req=` key. */
  requires: string[][][];
  /** `ex=…`: AIs or patterns that must not be present. */
  excludes: string[];
  /** `dlpkey=22,10,21|235`: a DL primary key, with its alternative qualifier sequences; undefined if not a key. */
  dlKeyQualifiers?: string[][];
}

/** The GS1 Barcode Syntax Dictionary (Apache-2.0), kept beside this file, read once. */
const DICTIONARY_PATH = "lib/gs1/gs1-syntax-dictionary.txt";

function parseComponent(spec: string): Component {
  const optional = spec.startsWith("[");
  const [type, ...linters] = spec.replace(/^\[/, "").replace(/\]/, "").split(",");
  const match = /^([NXYZ])(\.\.)?(\d+)$/.exec(type);
  if (!match) {
    throw new Error(`Unreadable component "${spec}" in the syntax dictionary`);
  }
  const length = Number(match[3]);
  return {
    cset: match[1] as Component["cset"],
    min: match[2] ? 1 : length,
    max: length,
    optional,
    linters: linters.filter((linter) => linter !== ""),
  };
}

function expandRange(range: string): string[] {
  const [from, to] = range.split("-");
  if (!to) {
    return [from];
  }
  const out: string[] = [];
  for (let n = Number(from); n <= Number(to); n += 1) {
    out.push(String(n).padStart(from.length, "0"));
  }
  return out;
}

function parseLine(line: string): AiEntry[] {
  const [body, ...titleParts] = line.split("#");
  const tokens = body.trim().split(/\s+/);
  const range = tokens.shift() as string;
  let flags = "";
  // Flags are punctuation; a specification starts with a character-set letter or "[".
  if (tokens[0] && !/^[NXYZ[]/.test(tokens[0])) {
    flags = tokens.shift() as string;
  }
  const components: Component[] = [];
  while (tokens[0] && /^\[?[NXYZ](\.\.)?\d/.test(tokens[0])) {
    components.push(parseComponent(tokens.shift() as string));
  }
  const requires: string[][][] = [];
  const excludes: string[] = [];
  let dlKeyQualifiers: string[][] | undefined;
  for (const attribute of tokens) {
    const [key, value = ""] = attribute.split("=");
    if (key === "req") {
      requires.push(value.split(",").map((group) => group.split("+")));
    } else if (key === "ex") {
      excludes.push(...value.split(","));
    } else if (key === "dlpkey") {
      dlKeyQualifiers = value === "" ? [[]] : value.split("|").map((sequence) => sequence.split(","));
    }
  }
  const required = components.filter((component) => !component.optional);
  const minLength = required.reduce((sum, component) => sum + component.min, 0);
  const maxLength = components.reduce((sum, component) => sum + component.max, 0);
  return expandRange(range).map((ai) => ({
    ai,
    title: titleParts.join("#").trim(),
    predefinedLength: flags.includes("*"),
    dlDataAttribute: flags.includes("?"),
    components,
    minLength,
    maxLength,
    requires,
    excludes,
    dlKeyQualifiers,
  }));
}

let table: Map<string, AiEntry> | undefined;

function load(): Map<string, AiEntry> {
  if (!table) {
    const text = readFileSync(projectPath(DICTIONARY_PATH), "utf8");
    table = new Map();
    for (const line of text.split("\n")) {
      if (line.trim() === "" || line.startsWith("#")) {
        continue;
      }
      for (const entry of parseLine(line)) {
        table.set(entry.ai, entry);
      }
    }
  }
  return table;
}

export function aiEntry(ai: string): AiEntry | undefined {
  return load().get(ai);
}

/** The AI at the start of `data`: AIs are prefix-free, so at most one of lengths 2–4 matches. */
export function aiPrefixOf(data: string): AiEntry | undefined {
  for (let length = 2; length <= 4; length += 1) {
    const entry = load().get(data.slice(0, length));
    if (entry) {
      return entry;
    }
  }
  return undefined;
}

/** `31nn` or `394n` match any digits in the n positions; anything else matches exactly. */
export function matchesPattern(ai: string, pattern: string): boolean {
  return ai.length === pattern.length && [...pattern].every((char, i) => char === "n" ? /\d/.test(ai[i]) : char === ai[i]);
}
