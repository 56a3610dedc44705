import { Field, ID, ObjectType } from "type-graphql";
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

  @Field()
  @Column({ name: "detected_at", type: "timestamptz" })
  detectedAt!: Date;

  @Column({ type: "char", length: 14 })
  gtin!: string;

  @Column({ type: "text" })
  serial!: string;

  @Field(() => [String], { description: "Event ids that triggered the rule." })
  @Column({ name: "event_ids", type: "text", array: true })
  eventIds!: string[];

  @Field({ description: "What to check first." })
  @Column({ type: "text" })
  hint!: string;
}
