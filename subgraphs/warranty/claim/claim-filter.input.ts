import { Field, InputType } from "type-graphql";
import { ClaimStatus } from "./claim-enums";

@InputType({ description: "Narrows claims; a service centre always sees its own only." })
export class WarrantyClaimFilter {
  @Field(() => [ClaimStatus], { nullable: true })
  statuses?: ClaimStatus[] | null;

  @Field(() => String, { nullable: true })
  gtin?: string | null;

  @Field(() => String, { nullable: true, description: "Staff only: one centre's claims." })
  serviceCentre?: string | null;
}
