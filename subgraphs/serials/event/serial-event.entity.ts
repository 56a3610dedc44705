import { GraphQLJSON } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "An EPCIS event as captured, with the fields most queries need lifted out." })
@Entity({ name: "events" })
export class SerialEvent {
  @PrimaryColumn({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field({ description: "The source's eventID, else a content hash." })
  @PrimaryColumn({ name: "event_id", type: "text" })
  eventId!: string;

  @Field({ description: "ObjectEvent, AggregationEvent, TransactionEvent, TransformationEvent or AssociationEvent." })
  @Column({ name: "event_type", type: "text" })
  type!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  action!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "biz_step", type: "text", nullable: true })
  bizStep!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  disposition!: string | null;

  @Field()
  @Column({ name: "event_time", type: "timestamptz" })
  eventTime!: Date;

  @Field()
  @Column({ name: "event_time_zone_offset", type: "text" })
  eventTimeZoneOffset!: string;

  @Field({ description: "When the hub stored it." })
  @Column({ name: "record_time", type: "timestamptz" })
  recordTime!: Date;

  @Field(() => String, { nullable: true })
  @Column({ name: "read_point", type: "text", nullable: true })
  readPoint!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "biz_location", type: "text", nullable: true })
  bizLocation!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  country!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: "parent_id", type: "text", nullable: true })
  parentId!: string | null;

  @Field(() => Date, { nullable: true, description: "Set when an error declaration retracted this event." })
  @Column({ name: "retracted_at", type: "timestamptz", nullable: true })
  retractedAt!: Date | null;

  @Field(() => GraphQLJSON, { description: "The EPCIS event exactly as captured." })
  @Column({ type: "jsonb" })
  body!: Record<string, unknown>;
}
