import { Field, Int, ObjectType } from "type-graphql";
import { Anomaly } from "../anomaly/anomaly.entity";

@ObjectType({ description: "One reason a capture was refused; nothing of the document was written." })
export class CaptureError {
  @Field(() => Int, { nullable: true, description: "Position of the event in the list; null for the document itself." })
  index!: number | null;

  @Field({ description: "Where in the event, e.g. epcList[0]." })
  path!: string;

  @Field()
  message!: string;
}

@ObjectType()
export class CaptureResult {
  @Field(() => Int, { description: "New events stored." })
  accepted!: number;

  @Field(() => Int, { description: "Events already stored (same event id), ignored." })
  duplicates!: number;

  @Field(() => Int, { description: "Earlier events retracted by error declarations." })
  retracted!: number;

  @Field(() => [CaptureError])
  errors!: CaptureError[];

  @Field(() => [Anomaly], { description: "Anomalies the new events raised." })
  anomalies!: Anomaly[];

  /** New events' ids, for announcing them after the commit; not in the API. */
  eventIds!: string[];
}
