import { isGenuine, isUnknown, type CodeVerification, type UnitFacts } from "../peers/unit-facts";

/** Unit states that end a warranty, with the reason shown to the service centre. */
const VOIDING_STATUS: Record<string, string> = {
  STOLEN: "The unit was reported stolen.",
  DESTROYED: "The unit was destroyed.",
};

/**
 * Why policy voids a unit's warranty, or null. A code that names a real unit but does not
 * verify (forged signature, wrong lot) is a copy: the copy gets no warranty, whatever the
 * genuine unit has. A code that names no unit at all is NOT_REGISTERED, not VOID.
 */
export function voidReasonOf(unit: UnitFacts | undefined, verification?: CodeVerification): string | null {
  if (verification && !isGenuine(verification) && !isUnknown(verification)) {
    return `The code is not genuine (${verification.failureReason ?? "SUSPECT"}).`;
  }
  return unit ? (VOIDING_STATUS[unit.status] ?? null) : null;
}
