import { Field, ID, InputType, ObjectType } from "type-graphql";

@ObjectType({ description: "An API key of the caller's tenant, for a machine client. The secret is never shown again after creation." })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field({ description: "What the key is for, as its creator named it." })
  name!: string;

  @Field(() => [String], { description: "The roles a request with this key has." })
  roles!: string[];

  @Field({ description: "How the key starts (shk_<id>_…), to recognise it in a client's configuration." })
  hint!: string;

  @Field({ description: "Subject of the admin who created it." })
  createdBy!: string;

  @Field()
  createdAt!: Date;

  @Field({ nullable: true, description: "Last time a request used it (updated at most once a minute)." })
  lastUsedAt?: Date;

  @Field({ nullable: true, description: "When it was revoked; a revoked key is refused within seconds." })
  revokedAt?: Date;
}

@ObjectType({ description: "A key just created: `key` is shown this once and cannot be recovered." })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field({ description: "The whole key, to send as Authorization: Bearer <key> or X-API-Key: <key>." })
  key!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: "What the key is for (e.g. the integration's name), 1 to 100 characters." })
  name!: string;

  @Field(() => [String], { description: "Roles for the key: any of integrator, service_centre, recall_coordinator, auditor (not admin)." })
  roles!: string[];
}
