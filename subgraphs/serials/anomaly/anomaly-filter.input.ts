import { Field, InputType } from "type-graphql";
import { AnomalyKind, AnomalySeverity, AnomalyStatus } from "./anomaly-kind";

@InputType({ description: "Narrows anomalies; empty means all of the tenant's. Subscriptions use gtin, kinds, minSeverity and country." })
export class AnomalyFilter {
  @Field(() => String, { nullable: true })
  gtin?: string | null;

  @Field(() => [AnomalyKind], { nullable: true })
  kinds?: AnomalyKind[] | null;

  @Field(() => AnomalySeverity, { nullable: true, description: "This severity and above." })
  minSeverity?: AnomalySeverity | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country where it was observed." })
  country?: string | null;

  @Field(() => [AnomalyStatus], { nullable: true })
  statuses?: AnomalyStatus[] | null;

  @Field(() => Date, { nullable: true, description: "Detected at or after." })
  since?: Date | null;
}
