import { Directive, Field, ObjectType } from "type-graphql";

/** Owned by the products subgraph: here only its key, so a warranty status can point at it. */
@ObjectType()
@Directive('@key(fields: "gtin", resolvable: false)')
export class Product {
  @Field()
  gtin!: string;
}
