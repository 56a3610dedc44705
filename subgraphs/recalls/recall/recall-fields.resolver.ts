import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RecallsContext } from "../context";
import { RecallScope, RecallScopeVersion } from "../scope/recall-scope.type";
import { toRecallScope } from "../scope/scope.repository";
import { RECALL_READERS } from "./recall-roles";
import { Recall } from "./recall.entity";

@Resolver(() => Recall)
export class RecallFieldsResolver {
  @Authorized(...RECALL_READERS)
  @FieldResolver(() => RecallScope, { nullable: true, description: "The current scope; null for recalls made before scopes were versioned." })
  async scope(@Root() recall: Recall, @Ctx() context: RecallsContext): Promise<RecallScope | null> {
    const stored = await context.loaders.scope.load(recall.id);
    return stored ? toRecallScope(stored) : null;
  }

  @Authorized(...RECALL_READERS)
  @FieldResolver(() => [RecallScopeVersion], { description: "Every scope the recall has had, oldest first, with who set it and when." })
  versions(@Root() recall: Recall, @Ctx() context: RecallsContext): Promise<RecallScopeVersion[]> {
    return context.scopes.versions(context.identity.tenant, recall.id);
  }
}
