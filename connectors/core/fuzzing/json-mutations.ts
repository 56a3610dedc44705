import type { Prng } from "./prng";

/** A parsed JSON fixture. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const isContainer = (value: Json): value is Json[] | { [key: string]: Json } => typeof value === "object" && value !== null;

/** Every path in a fixture (fixtures nest a few levels, so recursion is fine here). */
export function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (!isContainer(value)) {
    return [];
  }
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function setAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) {
    return replacement;
  }
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, Json>) }) as Record<string | number, Json>;
  copy[path[0]] = setAt(copy[path[0]], path.slice(1), replacement);
  return copy as Json;
}

const PLACEHOLDER = "\u0000fuzz-splice\u0000";

/** The fixture with the value at `path` replaced by raw JSON text, which may be too deep or large to build as an object. */
export function spliceAt(value: Json, path: Path, rawJson: string): string {
  return JSON.stringify(setAt(value, path, PLACEHOLDER)).replace(JSON.stringify(PLACEHOLDER), () => rawJson);
}

export const pathText = (path: Path): string => path.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("").replace(/^\./, "");

const kindOf = (value: Json): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** What each kind of value is replaced with: other types, and values at the edges of the same type. */
const FLIPS: Record<string, Json[]> = {
  string: [0, 123456789, -1.5, true, null, [], ["x"], {}, { "#text": "x" }],
  number: ["1", "", null, true, [], {}, 1e308, -1, 0.5],
  boolean: ["true", 1, null, [], {}],
  null: [0, "", false, [], {}],
  object: [[], "object", 0, null, true, [{}]],
  array: [{}, "list", 0, null, [null], [[]], [0], ["x"]],
};

/** Every value of the fixture replaced by every value of another type: `{path, body}`. */
export function typeFlips(value: Json): { path: string; body: string }[] {
  return pathsOf(value).flatMap((path) => {
    let current: Json = value;
    for (const key of path) {
      current = (current as Record<string | number, Json>)[key];
    }
    return FLIPS[kindOf(current)].map((flip) => ({ path: `${pathText(path)} → ${JSON.stringify(flip)}`, body: JSON.stringify(setAt(value, path, flip)) }));
  });
}

/** The text cut after its first and before its last significant character, so it can never be complete (empty is another category). */
export function truncated(text: string, prng: Prng): string {
  const end = text.trimEnd().length;
  return text.slice(0, prng.between(1, end - 1));
}

/** Nesting past the limit: bare arrays or objects, or one value of the fixture replaced by them. */
export function deepJson(value: Json, prng: Prng, maxDepth: number): { what: string; body: string } {
  const depth = prng.logBetween(65, maxDepth);
  const shape = prng.pick(["array", "object", "mixed"] as const);
  const nested =
    shape === "array" ? `${"[".repeat(depth)}${"]".repeat(depth)}` : shape === "object" ? `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}` : `${'[{"a":'.repeat(depth)}0${"}]".repeat(depth)}`;
  const paths = pathsOf(value);
  if (paths.length === 0 || prng.next() < 0.3) {
    return { what: `${shape} nested ${depth} deep`, body: nested };
  }
  const path = prng.pick(paths);
  return { what: `${pathText(path)} replaced by ${shape} nested ${depth} deep`, body: spliceAt(value, path, nested) };
}

/** A body of at least `bytes`: one value of the fixture replaced by a huge string or array. */
export function hugeJson(value: Json, bytes: number, prng: Prng): { what: string; body: string } {
  const path = prng.pick(pathsOf(value));
  const array = prng.next() < 0.5;
  const filler = array ? `[${"1,".repeat(Math.ceil(bytes / 2))}1]` : JSON.stringify("x".repeat(bytes));
  return { what: `${pathText(path)} replaced by ${array ? "an array" : "a string"} of ${bytes} bytes`, body: spliceAt(value, path, filler) };
}

/** Many tiny values, within a large connector's size limit: `[0,0,…]`. */
export const valueBomb = (values: number): string => `[${"0,".repeat(values - 1)}0]`;

/** Bodies that are no JSON object: empty, other JSON values, almost-JSON. */
export const NOT_OBJECTS = ["", " \n", "\uFEFF", "null", "true", "0", "-1e999", '"text"', "[]", "[{}]", "{", "}", "{}}", '{"a":1,}', "{'a':1}", "NaN", "undefined", '{"a":1}{"b":2}', '{"a":"\\ud800"', "[1,2,3"];

/** A random JSON scalar or small structure, as a sender with a bug might post. */
export function randomJsonValue(prng: Prng): string {
  return prng.pick([
    () => String(prng.between(-1e9, 1e9)),
    () => JSON.stringify("s".repeat(prng.between(0, 50))),
    () => JSON.stringify(Array.from({ length: prng.between(0, 20) }, () => prng.between(0, 9))),
    () => `{"${"k".repeat(prng.between(1, 10))}": ${prng.between(0, 9)}`,
  ])();
}
