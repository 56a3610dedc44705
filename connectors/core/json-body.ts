import { MalformedBodyError } from "./errors";

/** Deeper than any webhook payload nests (EPCIS with extensions needs about 10); what recursion downstream can take. */
export const MAX_JSON_DEPTH = 64;

/** Values in one body: a 32 MiB EPCIS document of 10,000-serial events holds well under this. */
export const MAX_JSON_VALUES = 1_000_000;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/**
 * One pass over the bytes, before JSON.parse: nesting depth and a count of values. JSON.parse
 * itself copes with any depth, but what reads the result (recursive walks, JSON.stringify,
 * schema validation, jsonb) does not, and a body of a million tiny values burns CPU later.
 */
export function checkJsonShape(rawBody: Buffer, what = "The body", path = ""): void {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < rawBody.length; i += 1) {
    const byte = rawBody[i];
    if (inString) {
      if (byte === BACKSLASH) {
        i += 1;
      } else if (byte === QUOTE) {
        inString = false;
      }
      continue;
    }
    if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      values += 1;
      if (depth > MAX_JSON_DEPTH) {
        throw new MalformedBodyError(path, `${what} nests deeper than ${MAX_JSON_DEPTH} levels (at byte ${i}): refused before parsing.`);
      }
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    } else if (byte === COMMA) {
      values += 1;
      if (values > MAX_JSON_VALUES) {
        throw new MalformedBodyError(path, `${what} holds more than ${MAX_JSON_VALUES} values (at byte ${i}): refused before parsing.`);
      }
    }
  }
}

/**
 * The body as JSON, after the shape check: a body that is not JSON (truncated, binary, another
 * format) is a MalformedBodyError with the parser's reason. A byte-order mark is tolerated.
 */
export function readJsonBody(rawBody: Buffer, what = "The body", path = ""): unknown {
  checkJsonShape(rawBody, what, path);
  const text = rawBody.toString("utf8").replace(/^\uFEFF/, "");
  if (text.trim() === "") {
    throw new MalformedBodyError(path, `${what} is empty: send a JSON document.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new MalformedBodyError(path, `${what} is not JSON: ${(error as Error).message.split("\n")[0]}`);
  }
}
