import { LocalDateResolver } from "graphql-scalars";
import { Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { SerialStatus } from "./serial-status";

@ObjectType({ description: "One physical unit: GTIN plus serial, with its current state." })
@Directive('@key(fields: "gtin serial")')
@Entity({ name: "serials" })
export class Serial {
  @PrimaryColumn({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field({ description: "GTIN-14." })
  @PrimaryColumn({ type: "char", length: 14 })
  gtin!: string;

  @Field()
  @PrimaryColumn({ type: "text" })
  serial!: string;

  @Field(() => SerialStatus)
  @Column({ type: "text" })
  status!: SerialStatus;

  /** What the anomaly rules remember between batches (rules/rule-memory.ts); internal. */
  @Column({ name: "rule_memory", type: "jsonb", nullable: true })
  ruleMemory!: Record<string, unknown> | null;

  @Field(() => Date, { nullable: true, description: "Event time of the commissioning event." })
  @Column({ name: "commissioned_at", type: "timestamptz", nullable: true })
  commissionedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "last_event_time", type: "timestamptz", nullable: true })
  lastEventTime!: Date | null;

  @Column({ name: "last_event_id", type: "text", nullable: true })
  lastEventId!: string | null;

  @Field(() => String, { nullable: true, description: "CBV business step of the latest event." })
  @Column({ name: "last_biz_step", type: "text", nullable: true })
  lastBizStep!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "last_disposition", type: "text", nullable: true })
  lastDisposition!: string | null;

  @Field(() => String, { nullable: true, description: "Most specific place it was last observed." })
  @Column({ name: "last_read_point", type: "text", nullable: true })
  lastReadPoint!: string | null;

  @Field(() => String, { nullable: true, description: "Where it is expected to be, until an event says otherwise." })
  @Column({ name: "last_biz_location", type: "text", nullable: true })
  lastBizLocation!: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country of the latest located event." })
  @Column({ name: "last_country", type: "text", nullable: true })
  lastCountry!: string | null;

  @Field(() => String, { nullable: true, description: "The container (SSCC or SGTIN) it is packed in." })
  @Column({ name: "parent_id", type: "text", nullable: true })
  parentId!: string | null;

  @Field()
  @Column({ name: "first_seen_at", type: "timestamptz" })
  firstSeenAt!: Date;

  @Field(() => String, { nullable: true, description: "Batch/lot, from commissioning or generation." })
  @Column({ type: "text", nullable: true })
  lot!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Expiry, from commissioning or the lot." })
  @Column({ type: "date", nullable: true })
  expiry!: string | null;

  @Field(() => Date, { nullable: true, description: "When the hub generated this serial; null for serials it only saw in events." })
  @Column({ name: "allocated_at", type: "timestamptz", nullable: true })
  allocatedAt!: Date | null;

  @Column({ name: "job_id", type: "uuid", nullable: true })
  jobId!: string | null;

  @Column({ name: "signature_kid", type: "text", nullable: true })
  signatureKid!: string | null;
}
