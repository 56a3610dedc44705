import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import type { SerialMode } from "../../../lib/serials/serial-policy";
import type { ProductLinkValues } from "../product-links/product-links.type";

@ObjectType({ description: "A trade item, identified by its GTIN; one tenant owns each GTIN." })
@Directive('@key(fields: "gtin")')
@Entity({ name: "products" })
export class Product {
  @Field({ description: "GTIN-14, zero-padded." })
  @PrimaryColumn({ type: "char", length: 14 })
  gtin!: string;

  @Field({ description: "Owning tenant; for other services only, never in the public API." })
  @Directive("@inaccessible")
  @Column({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field()
  @Column({ type: "text" })
  name!: string;

  @Field()
  @Column({ type: "text" })
  brand!: string;

  @Field(() => [String], { description: "ISO 3166-1 alpha-2 countries the product is meant to be sold in." })
  @Column({ type: "text", array: true })
  markets!: string[];

  @Field(() => Int)
  @Column({ name: "warranty_months", type: "int" })
  warrantyMonths!: number;

  @Field(() => Int, { nullable: true, description: "GS1 Company Prefix length; needed to render EPC URNs." })
  @Column({ name: "company_prefix_length", type: "smallint", nullable: true })
  companyPrefixLength!: number | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => [String], { description: "Item codes ERPs and warehouses use for it (SAP material, NetSuite item, WMS SKU)." })
  @Column({ type: "text", array: true })
  skus!: string[];

  @Column({ name: "serial_length", type: "smallint", nullable: true })
  serialLength!: number | null;

  @Column({ name: "serial_alphabet", type: "text", nullable: true })
  serialAlphabet!: string | null;

  @Column({ name: "serial_mode", type: "text", nullable: true })
  serialMode!: SerialMode | null;

  /** Exposed by product-links.resolver. */
  @Column({ type: "jsonb", default: () => "'[]'" })
  links!: ProductLinkValues[];

  @Column({ type: "text", nullable: true })
  image!: string | null;
}
