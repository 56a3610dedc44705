import { Directive, Field, InputType } from "type-graphql";
import { AnomalyKind, AnomalySeverity } from "./anomaly-kind";

/** An anomaly another service found (warranty: duplicate claims, suspect parts); internal, never in the public API. */
@InputType()
@Directive("@inaccessible")
export class ReportedAnomalyInput {
  @Field(() => AnomalyKind, { description: "One of REPORTED_KINDS." })
  kind!: AnomalyKind;

  @Field(() => AnomalySeverity)
  severity!: AnomalySeverity;

  @Field()
  gtin!: string;

  @Field()
  serial!: string;

  @Field()
  hint!: string;

  @Field({ description: "Same finding, same key: a retried report never alerts twice. Namespaced by kind when stored." })
  dedupeKey!: string;

  @Field(() => String, { nullable: true, description: "Who the finding is about (a service centre)." })
  source?: string | null;

  @Field(() => [String], { nullable: true, description: "Events that are evidence, if any were recorded." })
  eventIds?: string[] | null;
}
