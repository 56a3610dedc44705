import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { HubError } from "../../../lib/errors/hub-error";
import { decodeCursor, PageArgs, toConnection, validatePageSize } from "../../../lib/federation/relay";
import type { IngestContext } from "../context";
import { RejectedDeliveryConnection, ReplayResult, toRejectedView } from "./rejected.types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver()
export class RejectedResolver {
  @Authorized("admin")
  @Query(() => RejectedDeliveryConnection, { description: "Deliveries the caller's tenant sent that could not be mapped, newest first." })
  async rejectedDeliveries(@Args() { first, after }: PageArgs, @Ctx() context: IngestContext) {
    validatePageSize(first);
    const cursor = after ? (decodeCursor(after, 2) as [string, string]) : undefined;
    const rows = await context.rejected.page(context.identity.tenant, first + 1, cursor);
    const connection = toConnection(rows, first, (row) => [row.receivedAt.toISOString(), row.id]);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toRejectedView(edge.node) })) };
  }

  @Authorized("admin")
  @Mutation(() => ReplayResult, { description: "Maps a rejected delivery again (after a connector or catalogue fix) and, if it maps, hands it on." })
  async replayRejected(@Arg("id", () => ID) id: string, @Ctx() context: IngestContext): Promise<ReplayResult> {
    if (!UUID.test(id)) {
      throw new HubError("NOT_FOUND", `No rejected delivery ${id}.`, { field: "id" });
    }
    return context.replay.replay(context.identity.tenant, id);
  }
}
