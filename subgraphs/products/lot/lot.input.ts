import { LocalDateResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType()
export class CreateLotInput {
  @Field()
  gtin!: string;

  @Field({ description: "1 to 20 characters of GS1 CSET 82." })
  lot!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  expiry?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  productionDate?: string | null;

  @Field(() => String, { nullable: true })
  site?: string | null;
}
