import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";

@ObjectType("WarrantyExtension", { description: "Months added to a unit's warranty (goodwill, paid extension)." })
@Entity({ name: "extensions" })
export class Extension {
  @PrimaryColumn({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ type: "char", length: 14 })
  gtin!: string;

  @Column({ name: "serial", type: "text" })
  serialNumber!: string;

  @Field(() => Int)
  @Column({ type: "int" })
  months!: number;

  @Field()
  @Column({ type: "text" })
  reason!: string;

  @Column({ name: "extended_by", type: "text" })
  extendedBy!: string;

  @Field({ description: "When it was granted." })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
