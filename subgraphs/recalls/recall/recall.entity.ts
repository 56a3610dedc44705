import { Authorized, Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { RECALL_READERS } from "./recall-roles";
import { RecallSeverity } from "./recall-severity";
import { RecallStatus } from "./recall-status";

/**
 * Fields marked with RECALL_READERS are refused to service centres: through Serial.recalls they
 * see that a unit is recalled and what to do, not why or how widely.
 */
@ObjectType({ description: "A recall of some units of one product: serial ranges, lots, explicit serials or a production window." })
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

  @Field({ description: "GTIN-14 of the recalled product." })
  @Column({ type: "char", length: 14 })
  gtin!: string;

  @Authorized(...RECALL_READERS)
  @Field()
  @Column({ type: "text" })
  reason!: string;

  @Field({ description: "What holders of an affected unit must do; shown to anyone who verifies one." })
  @Column({ type: "text" })
  instructions!: string;

  @Field(() => RecallSeverity, { nullable: true })
  @Column({ type: "text", nullable: true })
  severity!: RecallSeverity | null;

  @Authorized(...RECALL_READERS)
  @Field(() => [String], { description: "Countries (ISO 3166-1 alpha-2) the recall is announced in; empty: everywhere." })
  @Column({ type: "text", array: true })
  markets!: string[];

  @Authorized(...RECALL_READERS)
  @Field(() => Int, { nullable: true, description: "Units covered when the scope was last set; recallProgress counts them as they are now." })
  @Column({ name: "affected_count", type: "int", nullable: true })
  affectedCount!: number | null;

  @Authorized(...RECALL_READERS)
  @Field(() => Int, { description: "Version of the current scope: 1 when opened, +1 per amendment." })
  @Column({ name: "scope_version", type: "int" })
  scopeVersion!: number;

  @Authorized(...RECALL_READERS)
  @Field(() => String, { nullable: true, description: "Who opened it (token subject)." })
  @Column({ name: "opened_by", type: "text", nullable: true })
  openedBy!: string | null;

  @Authorized(...RECALL_READERS)
  @Field(() => String, { nullable: true, description: "Who closed it." })
  @Column({ name: "closed_by", type: "text", nullable: true })
  closedBy!: string | null;

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
