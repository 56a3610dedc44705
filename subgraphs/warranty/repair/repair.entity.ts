import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import type { StoredPart } from "./repair-enums";

@ObjectType("WarrantyRepair", { description: "A repair a service centre logged for a unit, with the parts it swapped." })
@Entity({ name: "repairs" })
export class WarrantyRepair {
  @PrimaryColumn({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Field({ description: "GTIN-14 of the repaired unit." })
  @Column({ type: "char", length: 14 })
  gtin!: string;

  /** The unit's serial; the API exposes the unit as `serial: Serial`. */
  @Column({ name: "serial", type: "text" })
  serialNumber!: string;

  @Field()
  @Column({ name: "service_centre", type: "text" })
  serviceCentre!: string;

  @Field(() => [String])
  @Column({ type: "text", array: true })
  actions!: string[];

  @Field({ description: "False when policy refused it: nothing went into the unit's history." })
  @Column({ type: "boolean" })
  accepted!: boolean;

  @Field(() => [String], { description: "What was wrong, one entry per finding: CODE: element string (e.g. PART_ALREADY_INSTALLED: (01)…(21)…)." })
  @Column({ type: "text", array: true })
  flags!: string[];

  /** Resolved to RepairPart by the field resolver. */
  @Column({ type: "jsonb" })
  parts!: StoredPart[];

  @Field(() => [String], { description: "The association events recorded in the unit's history." })
  @Column({ name: "event_ids", type: "text", array: true })
  eventIds!: string[];

  @Field(() => ID, { nullable: true, description: "The claim this repair closed." })
  @Column({ name: "claim_id", type: "uuid", nullable: true })
  claimId!: string | null;

  @Field()
  @Column({ name: "repaired_at", type: "timestamptz" })
  repairedAt!: Date;

  @Column({ name: "logged_by", type: "text" })
  loggedBy!: string;
}
