import { keyString, type SerialKey } from "../../../lib/serial-key";
import { isGenuine, isRecalled, isUnknown, type CodeVerification } from "../peers/unit-facts";
import type { AnomalyReport } from "../peers/serials-client";
import { SuspectPartPolicy } from "../settings/warranty-settings";
import { PartProblem, type StoredPart } from "./repair-enums";

/** One swap as given, with what serials said of its parts. */
export interface SwapEvidence {
  removed: SerialKey | null;
  installed: SerialKey;
  /** verify of the installed part's code as scanned. */
  verification: CodeVerification;
  /** Where the installed part is on record now. */
  installedIn: SerialKey | null;
  /** Where the removed part is on record now. */
  removedFrom: SerialKey | null;
}

export interface PartCheck {
  accepted: boolean;
  flags: string[];
  parts: StoredPart[];
  /** Parts to record as removed (DELETE) and installed (ADD) when accepted. */
  toRemove: SerialKey[];
  toInstall: SerialKey[];
  /** Anomalies to report whatever the decision. */
  reports: Omit<AnomalyReport, "dedupeKey" | "source" | "eventIds">[];
  message: string;
}

export const elementString = (key: SerialKey): string => `(01)${key.gtin}(21)${key.serial}`;

const same = (a: SerialKey | null, b: SerialKey): boolean => a !== null && keyString(a) === keyString(b);

/** Problems a policy may let through with a flag; RECALLED never passes. */
const SUSPECT = new Set([PartProblem.UNKNOWN, PartProblem.NOT_GENUINE, PartProblem.ALREADY_INSTALLED]);

function problemsOf(unit: SerialKey, swap: SwapEvidence): PartProblem[] {
  const problems: PartProblem[] = [];
  if (isUnknown(swap.verification)) {
    problems.push(PartProblem.UNKNOWN);
  } else if (!isGenuine(swap.verification)) {
    problems.push(PartProblem.NOT_GENUINE);
  }
  if (isRecalled(swap.verification)) {
    problems.push(PartProblem.RECALLED);
  }
  if (swap.installedIn && !same(swap.installedIn, unit)) {
    problems.push(PartProblem.ALREADY_INSTALLED);
  }
  return problems;
}

/**
 * Judges the parts of one repair: every installed part must verify, be free, and not be
 * recalled. Suspect parts (unknown, not genuine, installed elsewhere) refuse the repair or
 * pass with a flag as the policy says, and are reported as anomalies either way; a
 * recalled part always refuses it. A removed part that is on record in another unit is
 * not recorded as removed from this one (that would take it out of the other).
 */
export function checkParts(unit: SerialKey, swaps: readonly SwapEvidence[], policy: SuspectPartPolicy): PartCheck {
  const flags: string[] = [];
  const reports: PartCheck["reports"] = [];
  const parts: StoredPart[] = [];
  const toRemove: SerialKey[] = [];
  let suspect = false;
  let recalled = false;
  for (const swap of swaps) {
    const problems = problemsOf(unit, swap);
    const part = elementString(swap.installed);
    for (const problem of problems) {
      flags.push(problem === PartProblem.ALREADY_INSTALLED ? `PART_ALREADY_INSTALLED: ${part} is in ${elementString(swap.installedIn as SerialKey)}` : `PART_${problem}: ${part}`);
    }
    suspect ||= problems.some((problem) => SUSPECT.has(problem));
    recalled ||= problems.includes(PartProblem.RECALLED);
    if (problems.includes(PartProblem.UNKNOWN) || problems.includes(PartProblem.NOT_GENUINE)) {
      const forged = problems.includes(PartProblem.NOT_GENUINE);
      reports.push({
        kind: "COUNTERFEIT_PART",
        severity: forged ? "CRITICAL" : "ALERT",
        ...swap.installed,
        hint: `Part ${part} was offered to repair ${elementString(unit)} and ${forged ? `does not verify (${swap.verification.failureReason ?? "SUSPECT"})` : "is not a unit any manufacturer issued"}: a counterfeit or grey-market part, or a mistyped code.`,
      });
    }
    if (problems.includes(PartProblem.ALREADY_INSTALLED)) {
      reports.push({
        kind: "PART_ALREADY_INSTALLED",
        severity: "ALERT",
        ...swap.installed,
        hint: `Part ${part} was offered to repair ${elementString(unit)} while on record in ${elementString(swap.installedIn as SerialKey)}: a cloned part label, or a removal nobody recorded.`,
      });
    }
    if (swap.removed) {
      if (swap.removedFrom && !same(swap.removedFrom, unit)) {
        flags.push(`REMOVED_PART_IN_OTHER_UNIT: ${elementString(swap.removed)} is in ${elementString(swap.removedFrom)}`);
      } else {
        if (!swap.removedFrom) {
          flags.push(`REMOVED_PART_NOT_ON_RECORD: ${elementString(swap.removed)}`);
        }
        toRemove.push(swap.removed);
      }
    }
    parts.push({ removed: swap.removed, installed: swap.installed, problems, previouslyIn: swap.installedIn && !same(swap.installedIn, unit) ? swap.installedIn : null });
  }
  const accepted = !recalled && (!suspect || policy === SuspectPartPolicy.ACCEPT_WITH_FLAG);
  const message = !accepted
    ? `Repair refused: ${recalled ? "a part is recalled" : "a part is suspect"}; nothing was recorded in the unit's history.`
    : flags.length > 0
      ? "Repair recorded, with flags."
      : "Repair recorded.";
  return { accepted, flags, parts, toRemove, toInstall: swaps.map((swap) => swap.installed), reports, message };
}
