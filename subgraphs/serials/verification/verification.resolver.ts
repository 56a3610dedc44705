import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { SerialsContext } from "../context";
import { VerificationResult, VerifyContext } from "./verification.types";
import { viewFor } from "./verification.service";

@Resolver()
export class VerificationResolver {
  @Query(() => VerificationResult, {
    description:
      "Is this unit genuine? Open to anonymous callers, who get the verdict, product name and a message; " +
      "the owning tenant sees the full result.",
  })
  async verify(
    @Arg("code") code: string,
    @Arg("context", () => VerifyContext, { nullable: true }) context: VerifyContext | null,
    @Ctx() ctx: SerialsContext,
  ): Promise<VerificationResult> {
    const verification = await ctx.verification.verify(ctx.identity, code, context);
    return viewFor(ctx.identity, verification, context?.requestId ?? null);
  }
}
