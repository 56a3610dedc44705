import { LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { WarrantyClaim } from "../claim/claim.entity";
import { CoverageStatus } from "../coverage/coverage-status";
import { Extension } from "../extension/extension.entity";
import { Product } from "../product/product.stub";
import { Recall } from "../recall/recall.stub";
import { WarrantyRepair } from "../repair/repair.entity";
import { WarrantySale } from "../sale/sale.types";
import { Serial } from "../serial/serial.stub";
import { WarrantyStart } from "../settings/warranty-settings";
import { WarrantyFlag } from "./warranty-flag";

@ObjectType({ description: "Everything a service centre needs at the counter about one scanned unit, in one call." })
export class WarrantyStatus {
  @Field({ description: "GTIN-14 the code names." })
  gtin!: string;

  @Field({ description: "Serial the code names." })
  serialNumber!: string;

  @Field(() => Serial, { nullable: true, description: "The unit (status, product, recalls, components…), resolved across subgraphs; null when the hub has no record of it." })
  serial!: Serial | null;

  @Field(() => Product, { nullable: true, description: "The product, when it is one of the tenant's." })
  product!: Product | null;

  @Field({ description: "The scanned code verifies as a unit the manufacturer issued (a stolen unit is still genuine)." })
  genuine!: boolean;

  @Field(() => String, { nullable: true, description: "Why verification failed (NO_MATCH_GTIN_SERIAL, SIGNATURE_INVALID, …)." })
  verificationFailure!: string | null;

  @Field(() => CoverageStatus)
  coverage!: CoverageStatus;

  @Field(() => String, { nullable: true, description: "Why coverage is not ACTIVE." })
  coverageReason!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "First day covered." })
  startsAt!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day covered." })
  endsAt!: string | null;

  @Field(() => Int, { description: "Covered days left, today (UTC) included; 0 unless ACTIVE." })
  remainingDays!: number;

  @Field(() => WarrantyStart, { nullable: true, description: "What started the clock." })
  basis!: WarrantyStart | null;

  @Field(() => Int, { description: "The product's warranty months plus extensions." })
  months!: number;

  @Field(() => Date, { nullable: true, description: "When the unit was first sold." })
  soldAt!: Date | null;

  @Field(() => [WarrantySale], { description: "Sales with order and customer references; empty for service centres, who see soldAt only." })
  sales!: WarrantySale[];

  @Field(() => [Extension])
  extensions!: Extension[];

  @Field(() => [WarrantyClaim], { description: "Claims on the unit, oldest first; a service centre sees its own only." })
  claims!: WarrantyClaim[];

  @Field(() => [WarrantyRepair], { description: "Repairs of the unit, oldest first; a service centre sees its own only." })
  repairs!: WarrantyRepair[];

  @Field(() => [Recall], { description: "Open recalls covering the unit, resolved by the recalls subgraph." })
  openRecalls!: Recall[];

  @Field(() => [WarrantyFlag])
  flags!: WarrantyFlag[];
}
