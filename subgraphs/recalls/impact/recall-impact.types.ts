import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { RECALL_UNIT_STATES, type ImpactDimension } from "../../../lib/recalls/recall-unit-state";
import { Recall } from "../recall/recall.entity";
import type { UnitImpact } from "./unit-impact.client";

/** Where an affected unit stands, derived from its status (see lib/recalls/recall-unit-state.ts). */
export enum RecallUnitState {
  /** Made (allocated, encoded or commissioned) and never shipped. */
  NOT_YET_SHIPPED = "NOT_YET_SHIPPED",
  /** Shipped or in transit, not yet sold. */
  IN_CHANNEL = "IN_CHANNEL",
  /** Sold or dispensed: with a consumer or patient. */
  SOLD = "SOLD",
  /** Returned, or pulled back with a `recalled` disposition. */
  RETURNED = "RETURNED",
  /** Destroyed or decommissioned. */
  DESTROYED = "DESTROYED",
  /** Never seen by the hub (a listed serial), never commissioned, or stolen. */
  UNKNOWN = "UNKNOWN",
}

registerEnumType(RecallUnitState, { name: "RecallUnitState", description: "Where an affected unit stands in a recall." });

@ObjectType({ description: "Units sharing one value; key null: not known." })
export class RecallGroupCount {
  @Field(() => String, { nullable: true })
  key!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class RecallStateCount {
  @Field(() => RecallUnitState)
  state!: RecallUnitState;

  @Field(() => Int)
  count!: number;
}

/** Groups beyond this many per dimension are left out (largest first). */
export const MAX_GROUPS = 100;

@ObjectType({ description: "The units a scope covers, counted; groups list the largest 100 values of each dimension, largest first." })
export class RecallPreview {
  @Field(() => Int)
  affectedCount!: number;

  @Field(() => [RecallGroupCount], { description: "By unit status (SerialStatus name); null: a listed serial the hub has never seen." })
  byStatus!: RecallGroupCount[];

  @Field(() => [RecallStateCount], { description: "Every state, zeros included." })
  byState!: RecallStateCount[];

  @Field(() => [RecallGroupCount], { description: "By last known country." })
  byCountry!: RecallGroupCount[];

  @Field(() => [RecallGroupCount])
  byLot!: RecallGroupCount[];

  @Field(() => [RecallGroupCount], { description: "By last custodian (location id of the last party that held the unit)." })
  byCustodian!: RecallGroupCount[];
}

@ObjectType({ description: "A recall's affected units as they stand now." })
export class RecallProgress extends RecallPreview {
  @Field(() => Recall)
  recall!: Recall;

  @Field({ description: "When these counts were taken." })
  asOf!: Date;

  @Field(() => Int)
  notYetShipped!: number;

  @Field(() => Int)
  inChannel!: number;

  @Field(() => Int)
  sold!: number;

  @Field(() => Int)
  returned!: number;

  @Field(() => Int)
  destroyed!: number;

  @Field(() => Int)
  unknown!: number;
}

function groups(impact: UnitImpact, dimension: ImpactDimension): RecallGroupCount[] {
  return impact.groups
    .filter((group) => group.dimension === dimension)
    .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)))
    .slice(0, MAX_GROUPS)
    .map(({ key, count }) => ({ key, count }));
}

export function toPreview(impact: UnitImpact): RecallPreview {
  const states = new Map(impact.groups.filter((group) => group.dimension === "state").map((group) => [group.key, group.count]));
  return Object.assign(new RecallPreview(), {
    affectedCount: impact.affected,
    byStatus: groups(impact, "status"),
    byState: RECALL_UNIT_STATES.map((state) => ({ state: state as RecallUnitState, count: states.get(state) ?? 0 })),
    byCountry: groups(impact, "country"),
    byLot: groups(impact, "lot"),
    byCustodian: groups(impact, "custodian"),
  });
}

export function toProgress(recall: Recall, impact: UnitImpact): RecallProgress {
  const preview = toPreview(impact);
  const count = (state: RecallUnitState) => preview.byState.find((entry) => entry.state === state)?.count ?? 0;
  return Object.assign(new RecallProgress(), preview, {
    recall,
    asOf: new Date(),
    notYetShipped: count(RecallUnitState.NOT_YET_SHIPPED),
    inChannel: count(RecallUnitState.IN_CHANNEL),
    sold: count(RecallUnitState.SOLD),
    returned: count(RecallUnitState.RETURNED),
    destroyed: count(RecallUnitState.DESTROYED),
    unknown: count(RecallUnitState.UNKNOWN),
  });
}
