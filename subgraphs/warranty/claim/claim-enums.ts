import { registerEnumType } from "type-graphql";

export enum ClaimDecision {
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
}

export enum ClaimRejection {
  /** No unit on record, no sale on record, the product has no warranty, or the warranty was voided. */
  NOT_COVERED = "NOT_COVERED",
  EXPIRED = "EXPIRED",
  /** The unit already has an open claim (here or at another centre). */
  DUPLICATE_OPEN_CLAIM = "DUPLICATE_OPEN_CLAIM",
  /** The code is not genuine, the unit was reported stolen, or it has open anomalies of severity ALERT or above. */
  UNIT_SUSPECT = "UNIT_SUSPECT",
  /** The unit has had the accepted claims the policy allows (claimLimit). */
  CLAIM_LIMIT = "CLAIM_LIMIT",
}

export enum ClaimStatus {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  /** Kept as a record of the attempt: duplicate detection counts it. */
  REJECTED = "REJECTED",
}

registerEnumType(ClaimDecision, { name: "ClaimDecision" });
registerEnumType(ClaimRejection, { name: "ClaimRejection" });
registerEnumType(ClaimStatus, { name: "WarrantyClaimStatus" });
