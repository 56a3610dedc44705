import { Directive, Field, ObjectType } from "type-graphql";

/** The serials subgraph owns units; this subgraph adds their warranty. */
@ObjectType()
@Directive('@key(fields: "gtin serial")')
export class Serial {
  @Field()
  gtin!: string;

  @Field()
  serial!: string;
}
