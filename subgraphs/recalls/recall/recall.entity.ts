import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { RecallStatus } from "./recall-status";

@ObjectType({ description: "A recall of lots, serial ranges or explicit serials of one or more products." })
@Directive('@key(fields: "id")')
@Entity({ name: "recalls" })
export class Recall {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field()
  @Column({ type: "text" })
  title!: string;

  @Field()
  @Column({ type: "text" })
  reason!: string;

  @Field(() => RecallStatus)
  @Column({ type: "text" })
  status!: RecallStatus;

  @Field()
  @Column({ name: "opened_at", type: "timestamptz" })
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt!: Date | null;
}
