import type { AiElement } from "./ai-value";
import { badCode } from "./bad-code";
import { aiEntry, matchesPattern } from "./dictionary";

/**
 * Checks the AIs of one message together: no AI twice, every `req=` satisfied by some
 * group, no `ex=` partner present (an AI is not exclusive of itself).
 */
export function validateAiSet(elements: readonly AiElement[]): void {
  const ais = elements.map((element) => element.ai);
  const seen = new Set<string>();
  for (const ai of ais) {
    if (seen.has(ai)) {
      throw badCode(`AI (${ai}) is duplicated.`, { ai });
    }
    seen.add(ai);
  }
  const present = (pattern: string) => ais.some((ai) => matchesPattern(ai, pattern));
  for (const ai of ais) {
    const entry = aiEntry(ai);
    if (!entry) {
      continue;
    }
    for (const alternatives of entry.requires) {
      if (!alternatives.some((group) => group.every(present))) {
        throw badCode(`AI (${ai}) needs ${alternatives.map((group) => group.map((g) => `(${g})`).join("+")).join(" or ")} in the same code.`, { ai });
      }
    }
    const clash = entry.excludes.flatMap((pattern) => ais.filter((other) => other !== ai && matchesPattern(other, pattern)))[0];
    if (clash) {
      throw badCode(`AI (${ai}) cannot appear with AI (${clash}).`, { ai });
    }
  }
}
