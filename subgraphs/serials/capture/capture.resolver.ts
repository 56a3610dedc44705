import { GraphQLJSON } from "graphql-scalars";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { SerialsContext } from "../context";
import { CaptureResult } from "./capture-result.type";

@Resolver()
export class CaptureResolver {
  // "service": the ingest pipeline hands connector events on as the tenant's service identity.
  @Authorized("admin", "integrator", "service")
  @Mutation(() => CaptureResult, {
    description:
      "Stores an EPCIS 2.0 document (or a bare list of events). Any invalid event refuses the whole document; " +
      "an event already stored counts as a duplicate.",
  })
  captureEvents(@Arg("epcis", () => GraphQLJSON) epcis: unknown, @Ctx() context: SerialsContext): Promise<CaptureResult> {
    return context.capture.capture(context.identity.tenant, epcis);
  }
}
