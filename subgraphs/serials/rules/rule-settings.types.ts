import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { AnomalyKind } from "../anomaly/anomaly-kind";

/** Bounds of each threshold: outside them a rule would never or always fire. */
export const BOUNDS = {
  clockSkewMinutes: [0, 1440],
  maxScanSessions: [1, 10_000],
  maxSpeedKmh: [10, 100_000],
  minTravelKm: [0, 20_000],
  concurrentWindowHours: [1, 720],
  doubleDecommissionAlertAfter: [1, 100],
  undoWindowDays: [0, 365],
  enumerationUnknown: [1, 1_000_000],
  enumerationWindowMinutes: [1, 1440],
  enumerationRatio: [0, 1],
  enumerationMinLookups: [1, 1_000_000],
} as const;

@InputType({ description: "Thresholds for the tenant (no gtin) or one product; omitted fields stay, null goes back to the inherited value." })
export class ConfigureRulesInput {
  @Field(() => String, { nullable: true, description: "A product of yours; omit for the tenant default." })
  gtin?: string | null;

  @Field(() => [AnomalyKind], { nullable: true, description: "Rules that do not run." })
  disabled?: AnomalyKind[] | null;

  @Field(() => Int, { nullable: true })
  clockSkewMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  maxScanSessions?: number | null;

  @Field(() => Float, { nullable: true })
  maxSpeedKmh?: number | null;

  @Field(() => Float, { nullable: true })
  minTravelKm?: number | null;

  @Field(() => Int, { nullable: true })
  concurrentWindowHours?: number | null;

  @Field(() => [String], { nullable: true, description: "ISO 3166-1 alpha-2 countries goods pass through." })
  transitCountries?: string[] | null;

  @Field(() => Int, { nullable: true })
  doubleDecommissionAlertAfter?: number | null;

  @Field(() => Int, { nullable: true })
  undoWindowDays?: number | null;

  @Field(() => Int, { nullable: true })
  enumerationUnknown?: number | null;

  @Field(() => Int, { nullable: true })
  enumerationWindowMinutes?: number | null;

  @Field(() => Float, { nullable: true })
  enumerationRatio?: number | null;

  @Field(() => Int, { nullable: true })
  enumerationMinLookups?: number | null;
}

@ObjectType({ description: "The thresholds in force: catalogue defaults, then the tenant's, then the product's." })
export class RuleSettingsView {
  @Field(() => String, { nullable: true })
  gtin!: string | null;

  @Field(() => [AnomalyKind])
  disabled!: AnomalyKind[];

  @Field(() => Int)
  clockSkewMinutes!: number;

  @Field(() => Int)
  maxScanSessions!: number;

  @Field(() => Float)
  maxSpeedKmh!: number;

  @Field(() => Float)
  minTravelKm!: number;

  @Field(() => Int)
  concurrentWindowHours!: number;

  @Field(() => [String])
  transitCountries!: string[];

  @Field(() => Int)
  doubleDecommissionAlertAfter!: number;

  @Field(() => Int)
  undoWindowDays!: number;

  @Field(() => Int)
  enumerationUnknown!: number;

  @Field(() => Int)
  enumerationWindowMinutes!: number;

  @Field(() => Float)
  enumerationRatio!: number;

  @Field(() => Int)
  enumerationMinLookups!: number;
}
