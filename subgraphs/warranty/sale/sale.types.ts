import { Field, InputType, ObjectType } from "type-graphql";
import { Warranty } from "../coverage/warranty.type";

@InputType()
export class RegisterSaleInput {
  @Field({ description: "The sold unit's code, in any form." })
  code!: string;

  @Field({ description: "When it was sold; not in the future." })
  soldAt!: Date;

  @Field({ description: "Where it was sold (store, online, marketplace…)." })
  channel!: string;

  @Field({ description: "The order or receipt it was sold in; checkReturn matches returns against it." })
  orderRef!: string;

  @Field(() => String, { nullable: true, description: "The retailer's customer reference; kept by warranty, never put in the unit's events." })
  customerRef?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country of sale." })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'UTC offset where it was sold ("+01:00"), so the warranty starts on the local day of the sale. Default "+00:00".',
  })
  timeZoneOffset?: string | null;
}

@ObjectType("WarrantySale", { description: "A retail sale of a unit: from registerSale, or a retail_selling event from any source." })
export class WarrantySale {
  @Field({ description: "The sale's event in the unit's history." })
  eventId!: string;

  @Field()
  soldAt!: Date;

  @Field(() => [String], { description: "Order references of the sale (bizTransaction ids for events from other sources)." })
  orderRefs!: string[];

  @Field(() => String, { nullable: true, description: "Set for registered sales." })
  channel!: string | null;

  @Field(() => String, { nullable: true })
  customerRef!: string | null;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field({ description: "Registered through registerSale (else seen as an event from another source)." })
  registered!: boolean;
}

@ObjectType()
export class RegisteredSale {
  @Field(() => WarrantySale)
  sale!: WarrantySale;

  @Field(() => Warranty, { nullable: true, description: "The unit's coverage after the sale." })
  warranty!: Warranty | null;
}
