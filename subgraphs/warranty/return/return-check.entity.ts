import { Column, Entity, PrimaryColumn } from "typeorm";
import type { ReturnReason, ReturnVerdict } from "./return-enums";

/** Every return check and its decision; accepted ones name the event that took the unit back. */
@Entity({ name: "return_checks" })
export class ReturnCheck {
  @PrimaryColumn({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ type: "char", length: 14 })
  gtin!: string;

  @Column({ name: "serial", type: "text" })
  serialNumber!: string;

  @Column({ name: "order_ref", type: "text" })
  orderRef!: string;

  @Column({ type: "text" })
  channel!: string;

  @Column({ type: "char", length: 2, nullable: true })
  country!: string | null;

  @Column({ type: "text" })
  decision!: ReturnVerdict;

  @Column({ type: "text", array: true })
  reasons!: ReturnReason[];

  @Column({ name: "event_id", type: "text", nullable: true })
  eventId!: string | null;

  @Column({ name: "checked_at", type: "timestamptz" })
  checkedAt!: Date;

  @Column({ name: "checked_by", type: "text" })
  checkedBy!: string;
}
