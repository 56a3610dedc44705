import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One connector's deliveries for the caller's tenant." })
export class ConnectorActivity {
  @Field()
  connector!: string;

  @Field(() => Int, { description: "Stored, not yet handed on." })
  pending!: number;

  @Field(() => Int, { description: "Handed on to the serials service." })
  delivered!: number;

  @Field(() => Int, { description: "Stored, then refused by the serials service or a later mapping." })
  rejectedAfterStore!: number;

  @Field(() => Float, { description: "Age in seconds of the oldest pending delivery: the pipeline's lag." })
  lagSeconds!: number;

  @Field(() => Int, { description: "Redeliveries answered without change since this ingest process started." })
  duplicatesSinceStart!: number;

  @Field(() => Int, { description: "Deliveries answered 422 since this ingest process started." })
  rejectedSinceStart!: number;

  @Field(() => Int, { description: "Deliveries refused 401 (bad signature) since this ingest process started." })
  unauthorizedSinceStart!: number;
}

@ObjectType()
export class IngestStatus {
  @Field(() => [ConnectorActivity])
  connectors!: ConnectorActivity[];

  @Field(() => Int, { description: "Rejected deliveries kept for replay and not yet replayed." })
  awaitingReplay!: number;
}
