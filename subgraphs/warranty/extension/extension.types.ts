import { Field, InputType, Int } from "type-graphql";

@InputType()
export class ExtendWarrantyInput {
  @Field({ description: "The unit's code, in any form." })
  code!: string;

  @Field(() => Int, { description: "Months to add, 1 to 120; counted from the start with the product's months, so month ends do not drift." })
  months!: number;

  @Field({ description: "Why (goodwill, paid extension…), 1 to 500 characters." })
  reason!: string;
}
