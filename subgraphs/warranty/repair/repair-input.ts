import { badInput } from "../../../lib/errors/hub-error";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import { requireText } from "../../../lib/validation/text";
import { unitOfCode } from "../input/unit-code";
import type { LogRepairInput } from "./repair.types";

export interface ParsedSwap {
  removed: SerialKey | null;
  installed: SerialKey;
  installedCode: string;
}

export interface ParsedRepair {
  unit: SerialKey;
  actions: string[];
  swaps: ParsedSwap[];
}

const MAX_ACTIONS = 20;
const MAX_SWAPS = 50;

/** Checks a logRepair input completely before anything is asked or written; errors name the field. */
export function parseRepairInput(input: LogRepairInput): ParsedRepair {
  const unit = unitOfCode(input.code, "input.code");
  if (input.actions.length === 0 || input.actions.length > MAX_ACTIONS) {
    throw badInput(`input.actions must list 1 to ${MAX_ACTIONS} actions.`, { field: "input.actions" });
  }
  const actions = input.actions.map((action, index) => requireText(action, `input.actions[${index}]`, 500));
  if (input.partsReplaced.length > MAX_SWAPS) {
    throw badInput(`input.partsReplaced takes at most ${MAX_SWAPS} swaps.`, { field: "input.partsReplaced" });
  }
  const seen = new Map<string, string>([[keyString(unit), "input.code"]]);
  const swaps = input.partsReplaced.map((swap, index): ParsedSwap => {
    const field = `input.partsReplaced[${index}]`;
    const installed = unitOfCode(swap.installed, `${field}.installed`);
    const removed = swap.removed === null || swap.removed === undefined ? null : unitOfCode(swap.removed, `${field}.removed`);
    for (const [part, name] of [[installed, "installed"], [removed, "removed"]] as const) {
      if (!part) {
        continue;
      }
      const earlier = seen.get(keyString(part));
      if (earlier) {
        throw badInput(`${field}.${name} names a unit already given in ${earlier}.`, { field: `${field}.${name}` });
      }
      seen.set(keyString(part), `${field}.${name}`);
    }
    return { removed, installed, installedCode: swap.installed };
  });
  return { unit, actions, swaps };
}
