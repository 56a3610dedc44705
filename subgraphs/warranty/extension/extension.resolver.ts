import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { WarrantyContext } from "../context";
import { Warranty } from "../coverage/warranty.type";
import { ExtendWarrantyInput } from "./extension.types";

@Resolver()
export class ExtensionResolver {
  @Authorized("admin", "integrator")
  @Mutation(() => Warranty, { description: "Adds months to a unit's warranty (ACTIVE or EXPIRED); answers the new coverage." })
  extendWarranty(@Arg("input", () => ExtendWarrantyInput) input: ExtendWarrantyInput, @Ctx() context: WarrantyContext): Promise<Warranty> {
    return context.extensionService.extend(context.identity, input);
  }
}
