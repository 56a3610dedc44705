import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { SerialsContext } from "../context";
import { GenerateSerialsInput, GenerateSerialsResult } from "./generation.types";

@Resolver()
export class GenerationResolver {
  @Authorized("admin", "integrator")
  @Mutation(() => GenerateSerialsResult, {
    description:
      "Issues new serials under the product's serial policy (optionally commissioned at once). Up to 10,000 are " +
      "returned directly; larger counts run as a job (see Query.job and Subscription.jobProgress).",
  })
  async generateSerials(@Arg("input") input: GenerateSerialsInput, @Ctx() context: SerialsContext): Promise<GenerateSerialsResult> {
    const result = await context.generation.generate(context.identity.tenant, input);
    if (result.job) {
      context.runner.kick();
    }
    return result;
  }

  @Authorized("admin")
  @Mutation(() => String, {
    description: "Starts signing new codes with a new Ed25519 key; codes signed before still verify. Returns the new key id.",
  })
  rotateSigningKey(@Ctx() context: SerialsContext): Promise<string> {
    return context.signer.rotate(context.identity.tenant);
  }
}
