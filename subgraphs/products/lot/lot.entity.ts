import { Directive, Field, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "A batch of one product: lot number, expiry, where and when it was made." })
@Directive('@key(fields: "gtin lot")')
@Entity({ name: "lots" })
export class Lot {
  @Field()
  @PrimaryColumn({ type: "char", length: 14 })
  gtin!: string;

  @Field({ description: "Batch/lot number (GS1 AI 10)." })
  @PrimaryColumn({ type: "text" })
  lot!: string;

  @Column({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ type: "date", nullable: true })
  expiry!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ name: "production_date", type: "date", nullable: true })
  productionDate!: string | null;

  @Field(() => String, { nullable: true, description: "Production site (free text or a GLN)." })
  @Column({ type: "text", nullable: true })
  site!: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
