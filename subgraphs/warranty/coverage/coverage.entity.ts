import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { CoverageStatus } from "./coverage-status";

@ObjectType("Warranty", { description: "A unit's warranty coverage." })
@Entity({ name: "coverages" })
export class Coverage {
  @PrimaryColumn({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @PrimaryColumn({ type: "char", length: 14 })
  gtin!: string;

  @PrimaryColumn({ type: "text" })
  serial!: string;

  @Field(() => LocalDateResolver, { description: "First day covered." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "Last day covered." })
  @Column({ name: "ends_on", type: "date" })
  endsOn!: string;

  @Column({ name: "voided_at", type: "timestamptz", nullable: true })
  voidedAt!: Date | null;

  @Field(() => CoverageStatus)
  get status(): CoverageStatus {
    if (this.voidedAt) {
      return CoverageStatus.VOID;
    }
    return this.endsOn >= new Date().toISOString().slice(0, 10) ? CoverageStatus.ACTIVE : CoverageStatus.EXPIRED;
  }
}
