import { Field, InputType, Int, ObjectType } from "type-graphql";
import { Job } from "../job/job.entity";
import { Serial } from "../serial/serial.entity";

/** Larger requests run as a job. */
export const LIST_LIMIT = 10_000;
export const MAX_PER_REQUEST = 1_000_000;

@InputType()
export class GenerateSerialsInput {
  @Field()
  gtin!: string;

  @Field(() => String, { nullable: true, description: "A lot recorded with createLot; its expiry goes with the units." })
  lot?: string | null;

  @Field(() => Int, { description: `1 to ${MAX_PER_REQUEST.toLocaleString("en")}; above ${LIST_LIMIT.toLocaleString("en")} it runs as a job.` })
  count!: number;

  @Field({ defaultValue: false, description: "Also record a commissioning event, so the units are active at once." })
  commission!: boolean;
}

@ObjectType()
export class GenerateSerialsResult {
  @Field(() => Int)
  count!: number;

  @Field(() => [Serial], { description: `The new units, when there are at most ${LIST_LIMIT.toLocaleString("en")}.` })
  serials!: Serial[];

  @Field(() => Job, { nullable: true, description: "The job making them, for larger counts." })
  job!: Job | null;
}
