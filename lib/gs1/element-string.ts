import { validateAiValue, type AiElement } from "./ai-value";
import { validateAiSet } from "./ai-set";
import { badCode } from "./bad-code";
import { aiPrefixOf } from "./dictionary";

export const GS = "\x1d";

/** The elements of AI data, and what a reader should know about how they were read. */
export interface ParsedElements {
  elements: AiElement[];
  warnings: string[];
}

interface Cut {
  ai: string;
  value: string;
  start: number;
  end: number;
}

/** Reads one element at `pos`; a variable-length value runs to the next separator or the end. */
function cutElement(data: string, pos: number, separator: string, offset: number): Cut {
  const entry = aiPrefixOf(data.slice(pos));
  if (!entry) {
    const next = data.slice(pos, pos + 4);
    throw badCode(`No known AI starts the data at position ${offset + pos} ("${next}…").`, { position: offset + pos });
  }
  const start = pos + entry.ai.length;
  if (entry.predefinedLength) {
    const value = data.slice(start, start + entry.maxLength);
    const cut = value.indexOf(separator);
    const clean = cut === -1 ? value : value.slice(0, cut);
    if (clean.length !== entry.maxLength) {
      throw badCode(`AI (${entry.ai}) value has the wrong length: ${clean.length} characters where it takes exactly ${entry.maxLength}.`, {
        ai: entry.ai,
        position: offset + start + clean.length,
      });
    }
    return { ai: entry.ai, value: clean, start, end: start + entry.maxLength };
  }
  const stop = data.indexOf(separator, start);
  const end = stop === -1 ? data.length : stop;
  return { ai: entry.ai, value: data.slice(start, end), start, end };
}

/**
 * Whether `data` could be whole, valid elements after `before` (whose last value was cut
 * short, and must still be valid); the elements if so.
 */
function tryParseAll(data: string, separator: string, before: AiElement[]): AiElement[] | undefined {
  try {
    const shortened = before[before.length - 1];
    validateAiValue(shortened.ai, shortened.value);
    const rest = parseStrict(data, separator);
    validateAiSet([...before, ...rest]);
    return rest;
  } catch {
    return undefined;
  }
}

function parseStrict(data: string, separator: string, offset = 0): AiElement[] {
  const elements: AiElement[] = [];
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === separator) {
      pos += 1;
      continue;
    }
    const cut = cutElement(data, pos, separator, offset);
    validateAiValue(cut.ai, cut.value, offset + cut.start);
    elements.push({ ai: cut.ai, value: cut.value });
    pos = cut.end;
  }
  return elements;
}

/**
 * Parses AI data (what follows the leading FNC1) with `separator` between elements;
 * `offset` is where the data starts in the input, so positions in errors point into it.
 * When the data has no separator at all, a scanner may have dropped them: a
 * variable-length value that could also end early, leaving valid elements after it, is
 * refused as ambiguous rather than guessed.
 */
export function parseAiData(data: string, separator = GS, offset = 0): ParsedElements {
  if (data === "") {
    throw badCode("The AI data is empty.", { position: offset });
  }
  const elements = parseStrict(data, separator, offset);
  if (!data.includes(separator)) {
    let pos = 0;
    for (const [index, element] of elements.entries()) {
      pos += element.ai.length;
      const isVariable = !aiPrefixOf(element.ai)?.predefinedLength;
      if (isVariable) {
        for (let split = 1; split < element.value.length; split += 1) {
          const before = [...elements.slice(0, index), { ai: element.ai, value: element.value.slice(0, split) }];
          const rest = tryParseAll(element.value.slice(split) + data.slice(pos + element.value.length), separator, before);
          if (rest) {
            throw badCode(
              `Ambiguous: without separators, AI (${element.ai}) may end after "${element.value.slice(0, split)}" ` +
                `and be followed by (${rest[0].ai})${rest[0].value}. Configure the scanner to transmit GS (ASCII 29).`,
              { ai: element.ai, position: offset + pos + split },
            );
          }
        }
      }
      pos += element.value.length;
    }
  }
  return { elements, warnings: [] };
}

/** `(01)09520123456788(10)ABC\(1\)(21)12345`: a backslash escapes a "(" inside a value. */
export function parseBracketed(input: string): ParsedElements {
  const elements: AiElement[] = [];
  let pos = 0;
  if (!input.startsWith("(")) {
    throw badCode('A bracketed element string starts with "(".', { position: 0 });
  }
  while (pos < input.length) {
    const close = input.indexOf(")", pos);
    if (input[pos] !== "(" || close === -1) {
      throw badCode(`Expected "(AI)" at position ${pos}.`, { position: pos });
    }
    const ai = input.slice(pos + 1, close);
    if (!/^\d{2,4}$/.test(ai) || !aiPrefixOf(ai) || aiPrefixOf(ai)?.ai !== ai) {
      throw badCode(`Unknown AI (${ai}).`, { ai, position: pos + 1 });
    }
    let value = "";
    let cursor = close + 1;
    while (cursor < input.length && input[cursor] !== "(") {
      if (input[cursor] === "\\" && input[cursor + 1] === "(") {
        value += "(";
        cursor += 2;
      } else {
        value += input[cursor];
        cursor += 1;
      }
    }
    validateAiValue(ai, value, close + 1);
    elements.push({ ai, value });
    pos = cursor;
  }
  return { elements, warnings: [] };
}

/** `(01)…(21)…`, escaping "(" in values so the string parses back the same. */
export function toBracketed(elements: readonly AiElement[], escape = true): string {
  return elements.map(({ ai, value }) => `(${ai})${escape ? value.replace(/\(/g, "\\(") : value}`).join("");
}

/**
 * AI data with separators only where needed: predefined-length elements first, then the
 * variable ones, a GS after each variable one that is not last.
 */
export function toAiData(elements: readonly AiElement[], separator = GS): string {
  const fixed = elements.filter((element) => aiPrefixOf(element.ai)?.predefinedLength);
  const variable = elements.filter((element) => !aiPrefixOf(element.ai)?.predefinedLength);
  return [...fixed.map(({ ai, value }) => ai + value), variable.map(({ ai, value }) => ai + value).join(separator)].join("");
}
