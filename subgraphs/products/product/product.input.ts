import { Field, InputType, Int } from "type-graphql";

@InputType()
export class CreateProductInput {
  @Field({ description: "GTIN-8, -12, -13 or -14; stored as GTIN-14." })
  gtin!: string;

  @Field()
  name!: string;

  @Field()
  brand!: string;

  @Field(() => [String], { description: "ISO 3166-1 alpha-2 country codes." })
  markets!: string[];

  @Field(() => Int)
  warrantyMonths!: number;

  @Field(() => Int, { nullable: true })
  companyPrefixLength?: number | null;

  @Field(() => [String], { nullable: true, description: "Item codes that name this product in ERP and WMS deliveries." })
  skus?: string[] | null;
}

@InputType()
export class SetProductSkusInput {
  @Field()
  gtin!: string;

  @Field(() => [String], { description: "Replaces the product's item codes." })
  skus!: string[];
}
