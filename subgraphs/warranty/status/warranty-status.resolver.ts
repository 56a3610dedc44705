import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { WarrantyContext } from "../context";
import { WarrantyStatus } from "./warranty-status.type";

@Resolver()
export class WarrantyStatusResolver {
  @Authorized("service_centre", "admin", "integrator", "auditor")
  @Query(() => WarrantyStatus, {
    description:
      "For the service counter: reads a code in any form and answers whether the unit is genuine, its coverage, claims, repairs, " +
      "open recalls and flags. A code naming no known unit still answers (NOT_REGISTERED, not genuine).",
  })
  warrantyStatus(@Arg("code") code: string, @Ctx() context: WarrantyContext): Promise<WarrantyStatus> {
    return context.status.status(context.identity, code);
  }
}
