import { Directive, Field, ObjectType } from "type-graphql";

/** Owned by the serials subgraph; this subgraph adds the recalls that cover a unit. */
@ObjectType()
@Directive('@key(fields: "gtin serial")')
export class Serial {
  @Field()
  gtin!: string;

  @Field()
  serial!: string;
}
