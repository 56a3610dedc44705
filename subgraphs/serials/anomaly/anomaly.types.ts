import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../../../lib/federation/relay";
import { AnomalyKind, AnomalyStatus } from "./anomaly-kind";
import { Anomaly } from "./anomaly.entity";

@ObjectType()
export class AnomalyEdge {
  @Field()
  cursor!: string;

  @Field(() => Anomaly)
  node!: Anomaly;
}

@ObjectType()
export class AnomalyKindCount {
  @Field(() => AnomalyKind)
  kind!: AnomalyKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A page of anomalies, with counts over everything the filter matches." })
export class AnomalyConnection {
  @Field(() => [AnomalyEdge])
  edges!: AnomalyEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => [AnomalyKindCount], { description: "How many of each kind the filter matches, largest first." })
  countsByKind!: AnomalyKindCount[];
}

export enum AnomalyStatsGroup {
  COUNTRY = "country",
  KIND = "kind",
  PRODUCT = "gtin",
  LOT = "lot",
  /** The last custodian before the anomaly (or the client, for scan rules): risky distributors. */
  SOURCE = "source",
}
registerEnumType(AnomalyStatsGroup, { name: "AnomalyStatsGroup" });

@ObjectType({ description: "Anomalies counted by one dimension: hotspots." })
export class AnomalyStatsBucket {
  @Field(() => String, { nullable: true, description: "Country, kind, GTIN, lot or source; null where unknown." })
  key!: string | null;

  @Field(() => Int)
  count!: number;
}

@InputType()
export class UpdateAnomalyInput {
  @Field(() => AnomalyStatus)
  status!: AnomalyStatus;

  @Field(() => String, { nullable: true, description: "Required when closing: why (false positive, confirmed counterfeit, …)." })
  reason?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
