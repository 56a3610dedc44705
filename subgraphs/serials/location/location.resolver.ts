import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { connectionType, decodeCursor, PageArgs, toConnection, validatePageSize } from "../../../lib/federation/relay";
import type { SerialsContext } from "../context";
import { Location } from "./location.entity";
import { CreateLocationInput } from "./location.input";
import { requireLocationId, validateNewLocation } from "./location.validation";

export const LocationConnection = connectionType("Location", Location);

@Resolver(() => Location)
export class LocationResolver {
  @Authorized("admin", "integrator")
  @Mutation(() => Location, {
    description: "Records a location of the caller's tenant, or replaces the one with the same id. Travel and region rules read them.",
  })
  createLocation(@Arg("input") input: CreateLocationInput, @Ctx() context: SerialsContext): Promise<Location> {
    return context.locations.upsert(context.identity.tenant, validateNewLocation(input));
  }

  @Authorized()
  @Query(() => Location, { nullable: true, description: "A location of the caller's tenant, by its id in any GS1 form; null when there is none." })
  location(@Arg("id", () => ID) id: string, @Ctx() context: SerialsContext): Promise<Location | null> {
    return context.locations.findOne(context.identity.tenant, requireLocationId(id, "id"));
  }

  @Authorized()
  @Query(() => LocationConnection, { description: "The caller's locations, ordered by id." })
  async locations(@Args() { first, after }: PageArgs, @Ctx() context: SerialsContext) {
    validatePageSize(first);
    const cursor = after ? (decodeCursor(after, 1)[0] as string) : undefined;
    const rows = await context.locations.page(context.identity.tenant, first + 1, cursor);
    return toConnection(rows, first, (location) => [location.id]);
  }
}
