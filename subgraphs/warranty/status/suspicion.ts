import { isGenuine, isUnknown, type CodeVerification, type UnitFacts } from "../peers/unit-facts";

/**
 * Why a unit (or the code scanned for it) is suspect, as one sentence, or null. Suspect
 * means: the code names a real unit but does not verify, the unit was reported stolen, or
 * it has open anomalies of severity ALERT or above (until someone closes them in triage).
 */
export function suspicionOf(unit: UnitFacts | undefined, verification?: CodeVerification): string | null {
  if (verification && !isGenuine(verification) && !isUnknown(verification)) {
    return `the code is not genuine (${verification.failureReason ?? "SUSPECT"}).`;
  }
  if (unit?.status === "STOLEN") {
    return "it was reported stolen.";
  }
  if (unit && unit.suspectAnomalies > 0) {
    return `it has ${unit.suspectAnomalies} open anomal${unit.suspectAnomalies === 1 ? "y" : "ies"} of severity ALERT or above.`;
  }
  return null;
}
