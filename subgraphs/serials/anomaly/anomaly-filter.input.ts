import { Field, InputType } from "type-graphql";
import { AnomalyKind } from "./anomaly-kind";

@InputType({ description: "Narrows anomalies by product and rule; empty means all of the tenant's." })
export class AnomalyFilter {
  @Field(() => String, { nullable: true })
  gtin?: string | null;

  @Field(() => [AnomalyKind], { nullable: true })
  kinds?: AnomalyKind[] | null;
}
