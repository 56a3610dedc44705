import { LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type { SerialKey } from "../../../lib/serial-key";
import { WarrantyStart } from "../settings/warranty-settings";
import { CoverageStatus } from "./coverage-status";

@ObjectType("Warranty", { description: "A unit's warranty coverage, computed from the product's terms, its first sale or shipment, and extensions." })
export class Warranty {
  /** Which unit, for loaders. */
  key!: SerialKey;

  @Field(() => LocalDateResolver, { description: "First day covered." })
  startsOn!: string;

  @Field(() => LocalDateResolver, { description: "Last day covered." })
  endsOn!: string;

  @Field(() => CoverageStatus)
  status!: CoverageStatus;

  @Field(() => String, { nullable: true, description: "Why it is not ACTIVE." })
  reason!: string | null;

  @Field(() => Int, { description: "Covered days left, today (UTC) included; 0 unless ACTIVE." })
  remainingDays!: number;

  @Field(() => WarrantyStart, { description: "What started the clock." })
  basis!: WarrantyStart;
}
