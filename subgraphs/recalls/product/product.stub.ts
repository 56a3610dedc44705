import { Directive, Field, ObjectType } from "type-graphql";

/** Owned by the products subgraph; this subgraph adds the recalls of a product. */
@ObjectType()
@Directive('@key(fields: "gtin")')
export class Product {
  @Field()
  gtin!: string;
}
