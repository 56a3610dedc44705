import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { connectionType, decodeCursor, PageArgs, toConnection, validatePageSize } from "../../../lib/federation/relay";
import { requireGtin } from "../../../lib/gs1/gtin";
import { badInput } from "../../../lib/errors/hub-error";
import { centreOf } from "../access/centre-scope";
import type { WarrantyContext } from "../context";
import { Serial } from "../serial/serial.stub";
import { WarrantyClaimFilter } from "./claim-filter.input";
import { WarrantyClaim } from "./claim.entity";
import { ClaimResult, CloseWarrantyClaimInput, OpenWarrantyClaimInput } from "./claim.types";

export const WarrantyClaimConnection = connectionType("WarrantyClaim", WarrantyClaim);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => WarrantyClaim)
export class ClaimResolver {
  @Authorized("service_centre", "admin", "integrator")
  @Mutation(() => ClaimResult, { description: "Opens a warranty claim: ACCEPTED, or REJECTED with the reason. Every claim is kept." })
  openWarrantyClaim(@Arg("input", () => OpenWarrantyClaimInput) input: OpenWarrantyClaimInput, @Ctx() context: WarrantyContext): Promise<ClaimResult> {
    return context.claimService.open(context.identity, input);
  }

  @Authorized("service_centre", "admin", "integrator")
  @Mutation(() => WarrantyClaim, { description: "Closes an open claim (a repair by the same centre closes it too)." })
  closeWarrantyClaim(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => CloseWarrantyClaimInput) input: CloseWarrantyClaimInput,
    @Ctx() context: WarrantyContext,
  ): Promise<WarrantyClaim> {
    if (!UUID.test(id)) {
      throw badInput(`id "${id}" is not a claim id.`, { field: "id" });
    }
    return context.claimService.close(context.identity, id, input.resolution);
  }

  @Authorized("service_centre", "admin", "integrator", "auditor")
  @Query(() => WarrantyClaimConnection, { description: "Warranty claims, newest first; a service centre sees its own only." })
  async warrantyClaims(
    @Arg("filter", () => WarrantyClaimFilter, { nullable: true }) filter: WarrantyClaimFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() context: WarrantyContext,
  ) {
    validatePageSize(first);
    const own = centreOf(context.identity);
    if (own !== null && filter?.serviceCentre && filter.serviceCentre !== own) {
      throw badInput("filter.serviceCentre: a service centre sees its own claims only.", { field: "filter.serviceCentre" });
    }
    const cursor = after ? (decodeCursor(after, 2) as [string, string]) : undefined;
    const rows = await context.claims.page(
      context.identity.tenant,
      {
        serviceCentre: own ?? filter?.serviceCentre ?? undefined,
        statuses: filter?.statuses ?? undefined,
        gtin: filter?.gtin ? requireGtin(filter.gtin, "filter.gtin") : undefined,
      },
      first + 1,
      cursor,
    );
    return toConnection(rows, first, (claim) => [claim.openedAt.toISOString(), claim.id]);
  }

  @FieldResolver(() => Serial, { description: "The claimed unit, resolved by the serials subgraph." })
  serial(@Root() claim: WarrantyClaim): Serial {
    return { gtin: claim.gtin, serial: claim.serialNumber };
  }
}
