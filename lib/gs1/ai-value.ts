import { badCode } from "./bad-code";
import { aiEntry, type AiEntry, type Component } from "./dictionary";
import { lint } from "./linters";

/** One element of GS1 AI data. */
export interface AiElement {
  ai: string;
  value: string;
}

const CSETS: Record<Component["cset"], { pattern: RegExp; name: string }> = {
  N: { pattern: /^[0-9]*$/, name: "a digit" },
  X: { pattern: /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/, name: "a CSET 82 character" },
  Y: { pattern: /^[#\-/0-9A-Z]*$/, name: "a CSET 39 character" },
  Z: { pattern: /^[-0-9A-Z_a-z]*$/, name: "a base64url character" },
};

function checkCharacters(entry: AiEntry, component: Component, part: string, offset: number): void {
  const { pattern, name } = CSETS[component.cset];
  if (!pattern.test(part)) {
    const at = [...part].findIndex((char) => !pattern.test(char));
    const kind = component.cset === "N" ? "non-digit" : component.cset === "X" ? "non-CSET 82" : "invalid";
    throw badCode(`AI (${entry.ai}): a ${kind} character ${JSON.stringify(part[at])} was found where ${name} is expected.`, {
      ai: entry.ai,
      position: offset + at,
    });
  }
}

/**
 * Checks one AI value against the dictionary: length, character set and every linter of
 * each component. `start` is the value's position in the whole input, for error positions.
 */
export function validateAiValue(ai: string, value: string, start = 0): AiEntry {
  const entry = aiEntry(ai);
  if (!entry) {
    throw badCode(`Unknown AI (${ai}).`, { ai, position: start });
  }
  if (value === "") {
    throw badCode(`AI (${ai}) has no value.`, { ai, position: start });
  }
  if (value.length > entry.maxLength) {
    throw badCode(`AI (${ai}) value is too long: ${value.length} characters, at most ${entry.maxLength}.`, { ai, position: start + entry.maxLength });
  }
  let offset = 0;
  for (const component of entry.components) {
    const remaining = value.length - offset;
    if (remaining === 0 && component.optional) {
      break;
    }
    const fixed = component.min === component.max;
    if (remaining === 0 || (fixed && remaining < component.max)) {
      throw badCode(`AI (${ai}) value has the wrong length: ${value.length} characters where ${entry.title} takes ${describeLength(entry)}.`, {
        ai,
        position: start + value.length,
      });
    }
    const part = value.slice(offset, offset + Math.min(remaining, component.max));
    checkCharacters(entry, component, part, start + offset);
    for (const linter of component.linters) {
      const problem = lint(linter, part);
      if (problem) {
        throw badCode(`AI (${ai}): ${problem.message}`, { ai, position: start + offset + problem.position });
      }
    }
    offset += part.length;
  }
  if (offset < value.length) {
    throw badCode(`AI (${ai}) value is too long.`, { ai, position: start + offset });
  }
  return entry;
}

function describeLength(entry: AiEntry): string {
  return entry.minLength === entry.maxLength ? `exactly ${entry.maxLength}` : `${entry.minLength} to ${entry.maxLength}`;
}
