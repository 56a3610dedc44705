import { Directive, Field, ObjectType } from "type-graphql";

/**
 * Owned by the serials subgraph; this subgraph adds the recalls that cover a unit. Lot and
 * commissioning time are the serials subgraph's (`@external`): scopes by lot or production
 * window need them, and the gateway fetches them first (`@requires` on Serial.recalls).
 */
@ObjectType()
@Directive('@key(fields: "gtin serial")')
export class Serial {
  @Field()
  gtin!: string;

  @Field()
  serial!: string;

  @Directive("@external")
  @Field(() => String, { nullable: true })
  lot!: string | null;

  @Directive("@external")
  @Field(() => Date, { nullable: true })
  commissionedAt!: Date | string | null;
}
