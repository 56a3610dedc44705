import { GraphQLJSON } from "graphql-scalars";
import { Field, InputType, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A connector the hub offers: the {connector} segment of /webhooks/{tenant}/{connector}." })
export class ConnectorInfo {
  @Field()
  id!: string;

  @Field()
  description!: string;
}

@ObjectType({ description: "How a connector is set up for the caller's tenant. Secrets are never returned." })
export class ConnectorConfiguration {
  @Field()
  connector!: string;

  @Field({ description: "Where the source system posts: /webhooks/{tenant}/{connector} on the hub's public URL." })
  webhookPath!: string;

  @Field(() => Int, { description: "How many secrets are active (several while one is being rotated)." })
  secretCount!: number;

  @Field(() => GraphQLJSON, { description: "The options, without credentials." })
  options!: Record<string, unknown>;

  @Field(() => [String], { description: "Options that are credentials: stored sealed, never shown." })
  sealedOptions!: string[];

  @Field()
  updatedAt!: Date;
}

@InputType()
export class ConfigureConnectorInput {
  @Field({ description: "Connector id: sap-idoc, sap-events, netsuite, shiphero, wms or epcis." })
  connector!: string;

  @Field(() => [String], {
    description: "Every secret that may sign or authenticate deliveries now; list the old and the new one while rotating.",
  })
  secrets!: string[];

  @Field(() => GraphQLJSON, { nullable: true, description: "Connector options (see each connector's README); replaces the previous ones." })
  options?: unknown;
}
