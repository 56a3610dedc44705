import { Field, InputType } from "type-graphql";

@InputType({ description: "Serials from `from` to `to`, both included: by value when both are all digits, else same-length serials in byte order." })
export class SerialRangeInput {
  @Field()
  from!: string;

  @Field()
  to!: string;
}

@InputType({ description: "Narrows live events to the units of one product and/or a serial range; empty means all of the tenant's." })
export class SerialEventFilter {
  @Field(() => String, { nullable: true, description: "GTIN-8, -12, -13 or -14." })
  gtin?: string | null;

  @Field(() => SerialRangeInput, { nullable: true })
  serialRange?: SerialRangeInput | null;
}
