import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { SerialRangeInput } from "../event/serial-event-filter.input";

/*
 * The recalls service's view into units: not part of the public API (@inaccessible), reached
 * only with the service role. Inputs arrive validated by the recalls service and are checked
 * again here (ranges, UUIDs), since this service trusts only its own checks.
 */

@Directive("@inaccessible")
@InputType({ description: "Which units of one GTIN a recall covers: ranges, lots, production window and explicit lists (any union)." })
export class RecallUnitScopeInput {
  @Field()
  gtin!: string;

  @Field(() => [SerialRangeInput])
  serialRanges!: SerialRangeInput[];

  @Field(() => [String])
  lots!: string[];

  @Field(() => Date, { nullable: true })
  producedFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  producedTo?: Date | null;

  @Field(() => [ID], { description: "Explicit serial lists, sent before with addRecallListSerials." })
  serialLists!: string[];
}

@Directive("@inaccessible")
@ObjectType({ description: "One count of an affected set: by status, state, country, lot or custodian." })
export class RecallUnitGroup {
  @Field()
  dimension!: string;

  @Field(() => String, { nullable: true, description: "Null: not known." })
  key!: string | null;

  @Field(() => Int)
  count!: number;
}

@Directive("@inaccessible")
@ObjectType()
export class RecallUnitImpact {
  @Field(() => ID, { nullable: true, description: "The recall, when the counts are of one." })
  recallId!: string | null;

  @Field(() => Int)
  affected!: number;

  @Field(() => [RecallUnitGroup])
  groups!: RecallUnitGroup[];
}
