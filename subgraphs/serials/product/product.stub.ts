import { Directive, Field, ObjectType } from "type-graphql";

/**
 * Owned by the products subgraph: here its key, and its name for `Serial.product`'s
 * @provides — a live feed of a hundred subscribers then needs no products round trip per
 * delivery just to show what the unit is.
 */
@ObjectType()
@Directive('@key(fields: "gtin", resolvable: false)')
export class Product {
  @Field()
  gtin!: string;

  @Field()
  @Directive("@external")
  name!: string;
}
