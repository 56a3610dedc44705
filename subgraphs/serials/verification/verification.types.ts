import { LocalDateResolver } from "graphql-scalars";
import { Field, Float, InputType, ObjectType, registerEnumType } from "type-graphql";

/** Why a code did not verify; the DSCSA VRS reasons, plus what the hub itself can tell. */
export enum VerificationFailureReason {
  NO_MATCH_GTIN_SERIAL = "NO_MATCH_GTIN_SERIAL",
  NO_MATCH_LOT = "NO_MATCH_LOT",
  NO_MATCH_EXPIRY = "NO_MATCH_EXPIRY",
  NO_MATCH_LOT_EXPIRY = "NO_MATCH_LOT_EXPIRY",
  GTIN_UNKNOWN = "GTIN_UNKNOWN",
  SIGNATURE_INVALID = "SIGNATURE_INVALID",
}

export enum VerificationInfo {
  EXPIRED = "EXPIRED",
  RECALLED = "RECALLED",
  SUSPECT = "SUSPECT",
  ILLEGITIMATE = "ILLEGITIMATE",
}

export enum PackStatus {
  ACTIVE = "ACTIVE",
  INACTIVE = "INACTIVE",
}

/** Why a pack is inactive (EU FMD pack states, and units the hub issued but nobody released). */
export enum PackStateReason {
  NOT_RELEASED = "NOT_RELEASED",
  SOLD = "SOLD",
  DISPENSED = "DISPENSED",
  DECOMMISSIONED = "DECOMMISSIONED",
  DESTROYED = "DESTROYED",
  STOLEN = "STOLEN",
  RECALLED = "RECALLED",
}

export enum SignatureCheck {
  VALID = "VALID",
  INVALID = "INVALID",
  ABSENT = "ABSENT",
}

export enum RecommendedAction {
  ACCEPT = "ACCEPT",
  QUARANTINE = "QUARANTINE",
  REJECT = "REJECT",
}

/** What a consumer is told: the code is genuine, or something is wrong with it. */
export enum Verdict {
  GENUINE = "GENUINE",
  SUSPECT = "SUSPECT",
}

registerEnumType(VerificationFailureReason, { name: "VerificationFailureReason" });
registerEnumType(VerificationInfo, { name: "VerificationInfo" });
registerEnumType(PackStatus, { name: "PackStatus" });
registerEnumType(PackStateReason, { name: "PackStateReason" });
registerEnumType(SignatureCheck, { name: "SignatureStatus" });
registerEnumType(RecommendedAction, { name: "RecommendedAction" });
registerEnumType(Verdict, { name: "Verdict" });

@InputType({ description: "Where and for whom a verification happens." })
export class VerifyContext {
  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country of the scan." })
  country?: string | null;

  @Field(() => Float, { nullable: true })
  lat?: number | null;

  @Field(() => Float, { nullable: true })
  lon?: number | null;

  @Field(() => String, { nullable: true, description: "The caller's correlation id, echoed back." })
  requestId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "An app install or browser session id: repeated scans in one session count once for SCAN_COUNT.",
  })
  session?: string | null;
}

@ObjectType()
export class PackState {
  @Field(() => PackStatus)
  status!: PackStatus;

  @Field(() => PackStateReason, { nullable: true })
  reason!: PackStateReason | null;

  @Field(() => Date, { nullable: true, description: "Event time of the latest event." })
  since!: Date | null;

  @Field(() => String, { nullable: true, description: "Country of the latest located event." })
  lastCountry!: string | null;
}

@ObjectType()
export class VerifiedProduct {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "Withheld from anonymous callers." })
  brand!: string | null;
}

@ObjectType()
export class VerifiedIdentifier {
  @Field(() => String, { nullable: true })
  gtin!: string | null;

  @Field(() => String, { nullable: true })
  serial!: string | null;

  @Field(() => String, { nullable: true })
  lot!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  expiry!: string | null;

  @Field(() => String, { nullable: true })
  digitalLink!: string | null;
}

@ObjectType({ description: "The answer to 'is this unit genuine?'. Anonymous callers see verdict, product name and message only." })
export class VerificationResult {
  @Field(() => String, { nullable: true })
  requestId!: string | null;

  @Field()
  verifiedAt!: Date;

  @Field({ description: "The identifier matches a unit issued by the GTIN's owner." })
  verified!: boolean;

  @Field(() => Verdict)
  verdict!: Verdict;

  @Field({ description: "For a person: what this means and what to do." })
  message!: string;

  @Field(() => VerifiedProduct, { nullable: true })
  product!: VerifiedProduct | null;

  @Field(() => VerificationFailureReason, { nullable: true })
  failureReason!: VerificationFailureReason | null;

  @Field(() => [VerificationInfo], { nullable: true })
  additionalInfo!: VerificationInfo[] | null;

  @Field(() => PackState, { nullable: true })
  state!: PackState | null;

  @Field(() => SignatureCheck, { nullable: true })
  signature!: SignatureCheck | null;

  @Field(() => RecommendedAction, { nullable: true })
  recommendedAction!: RecommendedAction | null;

  @Field(() => VerifiedIdentifier, { nullable: true })
  identifier!: VerifiedIdentifier | null;
}
