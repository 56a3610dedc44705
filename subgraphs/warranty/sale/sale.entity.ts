import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A sale registered through registerSale: what the retail event in serials does not carry
 * (channel, customer reference, country). Keyed by that event's id, so registering the same
 * sale again changes nothing.
 */
@Entity({ name: "sales" })
export class SaleRecord {
  @PrimaryColumn({ name: "tenant_id", type: "text" })
  tenantId!: string;

  @PrimaryColumn({ type: "uuid" })
  id!: string;

  @Column({ type: "char", length: 14 })
  gtin!: string;

  @Column({ name: "serial", type: "text" })
  serialNumber!: string;

  @Column({ name: "event_id", type: "text" })
  eventId!: string;

  @Column({ name: "sold_at", type: "timestamptz" })
  soldAt!: Date;

  @Column({ name: "time_zone_offset", type: "text" })
  timeZoneOffset!: string;

  @Column({ type: "text" })
  channel!: string;

  @Column({ name: "order_ref", type: "text" })
  orderRef!: string;

  @Column({ name: "customer_ref", type: "text", nullable: true })
  customerRef!: string | null;

  @Column({ type: "char", length: 2, nullable: true })
  country!: string | null;

  @Column({ name: "registered_by", type: "text" })
  registeredBy!: string;
}
