import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { WarrantyContext } from "../context";
import { CheckReturnInput, ReturnDecision } from "./return.types";

@Resolver()
export class ReturnResolver {
  @Authorized("admin", "integrator")
  @Mutation(() => ReturnDecision, {
    description:
      "Checks a customer return against the unit's sale: ACCEPT (the unit is taken back in its history), REVIEW or REJECT, with every reason.",
  })
  checkReturn(@Arg("input", () => CheckReturnInput) input: CheckReturnInput, @Ctx() context: WarrantyContext): Promise<ReturnDecision> {
    return context.returnService.check(context.identity, input);
  }
}
