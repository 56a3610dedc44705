import type { ConsumerVerdict } from "../../../web/pages/verify-model";
import { PackStateReason, VerificationFailureReason, VerificationInfo, type PackState } from "../verification/verification.types";

export interface VerdictEvidence {
  failureReason: VerificationFailureReason | null;
  additionalInfo: readonly VerificationInfo[];
  state: Pick<PackState, "reason"> | null;
}

/**
 * What a person holding the pack is told. A forged code, a unit reported stolen and one the
 * brand destroyed are counterfeit suspects: someone made or moved a pack that should not
 * exist. A code that matches nothing, or a unit never released, could not be verified.
 */
export function consumerVerdict(evidence: VerdictEvidence): ConsumerVerdict {
  const info = evidence.additionalInfo;
  if (
    evidence.failureReason === VerificationFailureReason.SIGNATURE_INVALID ||
    info.includes(VerificationInfo.SUSPECT) ||
    info.includes(VerificationInfo.ILLEGITIMATE) ||
    evidence.state?.reason === PackStateReason.DESTROYED
  ) {
    return "suspect";
  }
  if (evidence.failureReason !== null || evidence.state?.reason === PackStateReason.NOT_RELEASED) {
    return "unverified";
  }
  return info.includes(VerificationInfo.RECALLED) ? "recalled" : "genuine";
}
