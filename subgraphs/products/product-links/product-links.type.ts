import { Field, InputType, ObjectType } from "type-graphql";

/** One link as stored in products.links (jsonb). */
export interface ProductLinkValues {
  linkType: string;
  href: string;
  title: string;
  lang: string | null;
  mediaType: string | null;
}

@ObjectType({ description: "A link the GS1 Digital Link resolver offers for the product (GS1 Web Vocabulary link type)." })
export class ProductLink implements ProductLinkValues {
  @Field({ description: 'A GS1 link type such as "gs1:pip" (product page), "gs1:instructions", "gs1:recallStatus" or "gs1:registerProduct".' })
  linkType!: string;

  @Field({ description: "An absolute http(s) URL." })
  href!: string;

  @Field({ description: "Shown to people choosing between links." })
  title!: string;

  @Field(() => String, { nullable: true, description: "BCP 47 language of the target, e.g. en or de-CH." })
  lang!: string | null;

  @Field(() => String, { nullable: true, description: "Media type of the target, e.g. text/html or application/pdf." })
  mediaType!: string | null;
}

@InputType()
export class ProductLinkInput {
  @Field()
  linkType!: string;

  @Field()
  href!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  lang?: string | null;

  @Field(() => String, { nullable: true })
  mediaType?: string | null;
}

@InputType()
export class SetProductLinksInput {
  @Field()
  gtin!: string;

  @Field(() => [ProductLinkInput], { description: "Replaces the product's links." })
  links!: ProductLinkInput[];

  @Field(() => String, {
    nullable: true,
    description:
      "A small picture for the verification page as a data: URL (PNG, JPEG, WebP or SVG, up to 100 kB), so the page loads " +
      "nothing from elsewhere. Null removes it; omitted keeps it.",
  })
  image?: string | null;
}
