import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { HubError } from "../../../lib/errors/hub-error";
import type { RecallsContext } from "../context";
import { RecallPreview, RecallProgress } from "../impact/recall-impact.types";
import { OpenRecallInput, RecallScopeInput } from "../scope/recall-scope.input";
import { RECALL_MANAGERS } from "./recall-roles";
import { Recall } from "./recall.entity";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Malformed ids name no recall: NOT_FOUND, like another tenant's. */
function recallId(id: string): string {
  if (!UUID.test(id)) {
    throw new HubError("NOT_FOUND", `No recall ${id}.`, { field: "id" });
  }
  return id.toLowerCase();
}

@Resolver(() => Recall)
export class RecallAdminResolver {
  @Authorized(...RECALL_MANAGERS)
  @Mutation(() => RecallPreview, { description: "What openRecall would cover, counted and split, without writing anything." })
  previewRecall(@Arg("input", () => OpenRecallInput) input: OpenRecallInput, @Ctx() context: RecallsContext): Promise<RecallPreview> {
    return context.service.preview(context.identity, input);
  }

  @Authorized(...RECALL_MANAGERS)
  @Mutation(() => Recall, { description: "Opens a recall: verify, RECALLED_MOVING, alerts and progress cover its units at once, and units that appear later in its scope." })
  openRecall(@Arg("input", () => OpenRecallInput) input: OpenRecallInput, @Ctx() context: RecallsContext): Promise<Recall> {
    return context.service.open(context.identity, input);
  }

  @Authorized(...RECALL_MANAGERS)
  @Mutation(() => Recall, { description: "Replaces an open recall's scope with a new version; every version is kept (Recall.versions)." })
  amendRecall(
    @Arg("id", () => ID) id: string,
    @Arg("scope", () => RecallScopeInput) scope: RecallScopeInput,
    @Ctx() context: RecallsContext,
  ): Promise<Recall> {
    return context.service.amend(context.identity, recallId(id), scope);
  }

  @Authorized(...RECALL_MANAGERS)
  @Mutation(() => Recall, { description: "Closes a recall: its units are no longer reported recalled; progress stays readable." })
  closeRecall(@Arg("id", () => ID) id: string, @Ctx() context: RecallsContext): Promise<Recall> {
    return context.service.close(context.identity, recallId(id));
  }

  @Authorized(...RECALL_MANAGERS)
  @Query(() => RecallProgress, { description: "The recall's affected units as they stand now, by state, status, country, lot and custodian." })
  recallProgress(@Arg("id", () => ID) id: string, @Ctx() context: RecallsContext): Promise<RecallProgress> {
    return context.service.progress(context.identity, recallId(id));
  }
}
