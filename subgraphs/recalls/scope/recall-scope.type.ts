import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("SerialRange", { description: "Serials from `from` to `to`, both included (see RecallScopeInput)." })
export class SerialRangeType {
  @Field()
  from!: string;

  @Field()
  to!: string;
}

@ObjectType({ description: "A recall's scope: the union of its parts." })
export class RecallScope {
  @Field(() => [SerialRangeType])
  serialRanges!: SerialRangeType[];

  @Field(() => [String])
  lots!: string[];

  @Field(() => [ID], { description: "Explicit serial lists (inline serials are kept as a list too)." })
  serialLists!: string[];

  @Field(() => Int, { description: "Serials the explicit lists name, without repeats." })
  listedCount!: number;

  @Field(() => Date, { nullable: true })
  producedFrom!: Date | null;

  @Field(() => Date, { nullable: true })
  producedTo!: Date | null;
}

@ObjectType({ description: "One version of a recall's scope, for the audit trail." })
export class RecallScopeVersion {
  @Field(() => Int)
  version!: number;

  @Field({ description: "OPENED or AMENDED." })
  change!: string;

  @Field(() => RecallScope)
  scope!: RecallScope;

  @Field(() => Int, { nullable: true, description: "Units the scope covered when it was set." })
  affectedCount!: number | null;

  @Field({ description: "Token subject of who set it." })
  changedBy!: string;

  @Field()
  changedAt!: Date;
}
