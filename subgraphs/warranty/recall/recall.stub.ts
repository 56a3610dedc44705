import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Owned by the recalls subgraph: here only its key, so a warranty status can list open recalls. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Recall {
  @Field(() => ID)
  id!: string;
}
