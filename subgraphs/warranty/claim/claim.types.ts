import { Field, InputType, ObjectType } from "type-graphql";
import { ClaimDecision, ClaimRejection } from "./claim-enums";
import { WarrantyClaim } from "./claim.entity";

@InputType()
export class OpenWarrantyClaimInput {
  @Field({ description: "The unit's code in any form a scanner or person sends." })
  code!: string;

  @Field({ description: "The centre making the claim; a service-centre token may only name itself (its token subject)." })
  serviceCentre!: string;

  @Field({ description: "What is wrong, 1 to 2,000 characters." })
  problem!: string;

  @Field(() => [String], { nullable: true, description: "Up to 10 http(s) URLs of photos." })
  photos?: string[] | null;
}

@InputType()
export class CloseWarrantyClaimInput {
  @Field({ description: "How it ended (repaired, replaced, no fault found…), 1 to 500 characters." })
  resolution!: string;
}

@ObjectType({ description: "The decision on a claim. Rejected claims are kept too (the claim says why)." })
export class ClaimResult {
  @Field(() => ClaimDecision)
  decision!: ClaimDecision;

  @Field(() => ClaimRejection, { nullable: true, description: "Why it was rejected; null when accepted." })
  reason!: ClaimRejection | null;

  @Field({ description: "For the person at the counter." })
  message!: string;

  @Field(() => WarrantyClaim)
  claim!: WarrantyClaim;

  @Field({ description: "The claim raised a WARRANTY_CLAIM_DUPLICATE anomaly (the unit was claimed again)." })
  flaggedDuplicate!: boolean;
}
