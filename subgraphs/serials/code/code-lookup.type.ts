import { Field, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Serial } from "../serial/serial.entity";

@ObjectType({ description: "One Application Identifier and its value." })
export class AiValue {
  @Field()
  ai!: string;

  @Field()
  value!: string;

  @Field({ description: "The AI's title in the GS1 syntax dictionary." })
  title!: string;
}

@ObjectType({ description: "A code read in whatever form it came, with every rendering of it." })
export class CodeLookup {
  @Field({ description: "scan, digital-link, epc-urn, element-string, ai-data or gtin." })
  source!: string;

  @Field(() => String, { nullable: true, description: "The carrier the symbology identifier names, for scan data." })
  carrier!: string | null;

  @Field(() => String, { nullable: true })
  gtin!: string | null;

  @Field(() => String, { nullable: true })
  serial!: string | null;

  @Field(() => String, { nullable: true })
  lot!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "AI 17; day 00 is the last day of the month." })
  expiry!: string | null;

  @Field(() => String, { nullable: true, description: "Canonical GS1 Digital Link (https://id.gs1.org/…)." })
  digitalLink!: string | null;

  @Field({ description: "Bracketed element string, (01)…(21)…" })
  elementString!: string;

  @Field({ description: "Human-readable interpretation." })
  hri!: string;

  @Field(() => String, { nullable: true, description: "EPC URN; needs the product's company prefix length." })
  epc!: string | null;

  @Field(() => [AiValue], { description: "Every AI found, in order." })
  ais!: AiValue[];

  @Field(() => [String])
  warnings!: string[];

  @Field(() => Serial, { nullable: true, description: "The unit, when the caller's tenant has it." })
  unit!: Serial | null;
}
