import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ReturnReason, ReturnVerdict } from "./return-enums";

@InputType()
export class CheckReturnInput {
  @Field({ description: "The returned unit's code, in any form." })
  code!: string;

  @Field({ description: "The order the customer says it came from." })
  orderRef!: string;

  @Field({ description: "Where it is being returned (store, online, marketplace…)." })
  channel!: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country of the returns desk: compared with the sale's." })
  country?: string | null;
}

@ObjectType({ description: "What to do with a returned unit, and why." })
export class ReturnDecision {
  @Field(() => ID, { description: "The check, kept with its decision." })
  id!: string;

  @Field(() => ReturnVerdict)
  decision!: ReturnVerdict;

  @Field(() => [String], { description: "One sentence per reason; empty when accepted without remark." })
  reasons!: string[];

  @Field(() => [ReturnReason], { description: "The same reasons as codes, in the same order." })
  reasonCodes!: ReturnReason[];

  @Field(() => String, { nullable: true, description: "The receiving event recorded for an accepted return." })
  eventId!: string | null;
}
