import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { ClaimDecision, ClaimRejection, ClaimStatus } from "./claim-enums";

@ObjectType("WarrantyClaim", { description: "A warranty claim a service centre made for a unit, accepted or not." })
@Entity({ name: "claims" })
export class WarrantyClaim {
  @PrimaryColumn({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Field({ description: "GTIN-14 of the unit." })
  @Column({ type: "char", length: 14 })
  gtin!: string;

  /** The unit's serial; the API exposes the unit as `serial: Serial`. */
  @Column({ name: "serial", type: "text" })
  serialNumber!: string;

  @Field()
  @Column({ name: "service_centre", type: "text" })
  serviceCentre!: string;

  @Field()
  @Column({ type: "text" })
  problem!: string;

  @Field(() => [String])
  @Column({ type: "text", array: true })
  photos!: string[];

  @Field(() => ClaimDecision)
  @Column({ type: "text" })
  decision!: ClaimDecision;

  @Field(() => ClaimRejection, { nullable: true })
  @Column({ type: "text", nullable: true })
  reason!: ClaimRejection | null;

  @Field()
  @Column({ type: "text" })
  message!: string;

  @Field(() => ClaimStatus)
  @Column({ type: "text" })
  status!: ClaimStatus;

  @Field()
  @Column({ name: "opened_at", type: "timestamptz" })
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "closed_at", type: "timestamptz", nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  resolution!: string | null;

  @Field(() => ID, { nullable: true, description: "The repair that closed it." })
  @Column({ name: "repair_id", type: "uuid", nullable: true })
  repairId!: string | null;

  @Column({ name: "opened_by", type: "text" })
  openedBy!: string;
}
