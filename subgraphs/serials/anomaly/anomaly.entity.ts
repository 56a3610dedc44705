import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { AnomalyKind, AnomalySeverity, AnomalyStatus } from "./anomaly-kind";

@ObjectType({ description: "Something in the events that looks wrong, with the evidence." })
@Entity({ name: "anomalies" })
export class Anomaly {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field(() => AnomalyKind)
  @Column({ type: "text" })
  kind!: AnomalyKind;

  @Field(() => AnomalySeverity)
  @Column({ type: "text" })
  severity!: AnomalySeverity;

  @Field(() => AnomalyStatus)
  @Column({ type: "text" })
  status!: AnomalyStatus;

  @Field(() => String, { nullable: true, description: "Why it was closed (set with status CLOSED)." })
  @Column({ name: "closed_reason", type: "text", nullable: true })
  closedReason!: string | null;

  @Field(() => String, { nullable: true, description: "The investigator's note." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => Int, { description: "Version of the rule that raised it; rules change, old anomalies keep their meaning." })
  @Column({ name: "rule_version", type: "int" })
  ruleVersion!: number;

  @Field()
  @Column({ name: "detected_at", type: "timestamptz" })
  detectedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "updated_at", type: "timestamptz", nullable: true })
  updatedAt!: Date | null;

  @Field({ description: "GTIN-14 of the unit concerned." })
  @Column({ type: "char", length: 14 })
  gtin!: string;

  @Column({ type: "text" })
  serial!: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country where it was observed." })
  @Column({ type: "text", nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  lot!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The last custodian before the anomaly (location or party id), or the client for scan rules.",
  })
  @Column({ type: "text", nullable: true })
  source!: string | null;

  @Field(() => [String], { description: "Event ids that triggered the rule." })
  @Column({ name: "event_ids", type: "text", array: true })
  eventIds!: string[];

  @Field({ description: "What to check first, including the usual innocent explanation." })
  @Column({ type: "text" })
  hint!: string;

  /** Same input → same key: replays and re-evaluations never raise the same anomaly twice. */
  @Column({ name: "dedupe_key", type: "text" })
  dedupeKey!: string;
}
