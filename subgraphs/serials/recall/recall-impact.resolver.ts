import { Arg, Authorized, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { badInput } from "../../../lib/errors/hub-error";
import { requireGtin } from "../../../lib/gs1/gtin";
import { MAX_LISTED_SERIALS } from "../../../lib/recalls/recall-unit-state";
import { requireSerialRange } from "../../../lib/serials/serial-range";
import type { SerialsContext } from "../context";
import type { RecallUnitsStatus, UnitImpact } from "./recall-impact.repository";
import { RecallUnitImpact, RecallUnitScopeInput } from "./recall-impact.types";
import type { UnitScope } from "./unit-scope";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const requireUuid = (id: string, field: string): string => {
  if (!UUID.test(id)) {
    throw badInput(`${field} must be a UUID.`, { field });
  }
  return id.toLowerCase();
};

function scopeOf(input: RecallUnitScopeInput): UnitScope {
  return {
    gtin: requireGtin(input.gtin, "scope.gtin"),
    serialRanges: input.serialRanges.map((range, i) => requireSerialRange(range, `scope.serialRanges[${i}]`)),
    lots: input.lots,
    producedFrom: input.producedFrom?.toISOString() ?? null,
    producedTo: input.producedTo?.toISOString() ?? null,
    serialLists: input.serialLists.map((id, i) => requireUuid(id, `scope.serialLists[${i}]`)),
  };
}

function listOf(serials: readonly string[] | null | undefined): readonly string[] {
  if (serials && serials.length > MAX_LISTED_SERIALS) {
    throw badInput(`serials: at most ${MAX_LISTED_SERIALS} serials.`, { field: "serials" });
  }
  return serials ?? [];
}

const toType = (recallId: string | null, impact: UnitImpact): RecallUnitImpact => Object.assign(new RecallUnitImpact(), { recallId, ...impact });

/** Affected sets computed where units live, for the recalls service (service role only). */
@Resolver()
export class RecallImpactResolver {
  @Authorized("service")
  @Directive("@inaccessible")
  @Query(() => RecallUnitImpact, { description: "Counts the units a scope would cover, writing nothing; serials: listed serials in no stored list." })
  async recallUnitImpact(
    @Arg("scope", () => RecallUnitScopeInput) scope: RecallUnitScopeInput,
    @Arg("serials", () => [String], { nullable: true }) serials: string[] | null,
    @Ctx() context: SerialsContext,
  ): Promise<RecallUnitImpact> {
    return toType(null, await context.recallImpact.preview(context.identity.tenant, scopeOf(scope), listOf(serials)));
  }

  @Authorized("service")
  @Directive("@inaccessible")
  @Mutation(() => Int, { description: "Stores serials of an explicit list as it is uploaded (in chunks); answers how many were new." })
  addRecallListSerials(
    @Arg("listId", () => ID) listId: string,
    @Arg("serials", () => [String]) serials: string[],
    @Ctx() context: SerialsContext,
  ): Promise<number> {
    return context.recallImpact.addListSerials(context.identity.tenant, requireUuid(listId, "listId"), listOf(serials));
  }

  @Authorized("service")
  @Directive("@inaccessible")
  @Mutation(() => RecallUnitImpact, { description: "Sets (opens) a recall's scope and counts its units." })
  async setRecallUnitScope(
    @Arg("recallId", () => ID) recallId: string,
    @Arg("scope", () => RecallUnitScopeInput) scope: RecallUnitScopeInput,
    @Ctx() context: SerialsContext,
  ): Promise<RecallUnitImpact> {
    const id = requireUuid(recallId, "recallId");
    return toType(id, await context.recallImpact.setScope(context.identity.tenant, id, scopeOf(scope)));
  }

  @Authorized("service")
  @Directive("@inaccessible")
  @Query(() => RecallUnitImpact, { nullable: true, description: "A recall's units as they stand now; null when unknown here." })
  async recallUnitProgress(@Arg("recallId", () => ID) recallId: string, @Ctx() context: SerialsContext): Promise<RecallUnitImpact | null> {
    const id = requireUuid(recallId, "recallId");
    const impact = await context.recallImpact.progress(context.identity.tenant, id);
    return impact ? toType(id, impact) : null;
  }

  @Authorized("service")
  @Directive("@inaccessible")
  @Mutation(() => Boolean, { description: "OPEN or CLOSED; WITHDRAWN forgets a recall whose opening failed." })
  async setRecallUnitsStatus(@Arg("recallId", () => ID) recallId: string, @Arg("status") status: string, @Ctx() context: SerialsContext): Promise<boolean> {
    const id = requireUuid(recallId, "recallId");
    if (status === "WITHDRAWN") {
      await context.recallImpact.forget(context.identity.tenant, id);
      return true;
    }
    if (status !== "OPEN" && status !== "CLOSED") {
      throw badInput("status must be OPEN, CLOSED or WITHDRAWN.", { field: "status" });
    }
    return context.recallImpact.setStatus(context.identity.tenant, id, status as RecallUnitsStatus);
  }
}
