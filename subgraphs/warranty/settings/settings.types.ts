import { Field, InputType, Int, ObjectType } from "type-graphql";
import { SuspectPartPolicy, WarrantyStart } from "./warranty-settings";

@InputType({ description: "Warranty policy for the tenant, or for one product (gtin). Omitted values stay; null goes back to the inherited value." })
export class ConfigureWarrantyInput {
  @Field(() => String, { nullable: true, description: "A product of the tenant; omitted: the tenant default." })
  gtin?: string | null;

  @Field(() => WarrantyStart, { nullable: true })
  startsFrom?: WarrantyStart | null;

  @Field(() => Int, { nullable: true, description: "Accepted claims a unit may have, 1 to 100." })
  claimLimit?: number | null;

  @Field(() => Int, { nullable: true, description: "Days within which claims at two centres raise WARRANTY_CLAIM_DUPLICATE, 1 to 365." })
  duplicateClaimWindowDays?: number | null;

  @Field(() => SuspectPartPolicy, { nullable: true })
  suspectPartPolicy?: SuspectPartPolicy | null;
}

@ObjectType({ description: "The warranty policy in force for the tenant or one of its products. Warranty months are the product's (warrantyMonths)." })
export class WarrantySettingsView {
  @Field(() => String, { nullable: true, description: "Null for the tenant default." })
  gtin!: string | null;

  @Field(() => WarrantyStart)
  startsFrom!: WarrantyStart;

  @Field(() => Int)
  claimLimit!: number;

  @Field(() => Int)
  duplicateClaimWindowDays!: number;

  @Field(() => SuspectPartPolicy)
  suspectPartPolicy!: SuspectPartPolicy;
}
