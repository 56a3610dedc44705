import { Field, InputType, ObjectType } from "type-graphql";

@InputType()
export class VrsRequestorInput {
  @Field({ description: "GLN of a trading partner allowed to send verification requests." })
  gln!: string;

  @Field()
  name!: string;
}

@InputType({ description: "How the DSCSA Verification Router Service endpoint answers for this tenant." })
export class ConfigureVerificationServiceInput {
  @Field({ description: "The GLN the tenant answers VRS requests as." })
  responderGln!: string;

  @Field(() => [VrsRequestorInput], { description: "Replaces the allow-list." })
  requestors!: VrsRequestorInput[];
}

@ObjectType()
export class VrsRequestor {
  @Field()
  gln!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class VerificationServiceSettings {
  @Field()
  responderGln!: string;

  @Field(() => [VrsRequestor])
  requestors!: VrsRequestor[];
}
