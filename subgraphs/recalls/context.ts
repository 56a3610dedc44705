import type { IdentityContext } from "../../lib/auth/auth-checker";
import type { RecallLoaders } from "./recall/recall.loader";
import type { RecallRepository } from "./recall/recall.repository";
import type { RecallService } from "./recall/recall.service";
import type { ScopeRepository } from "./scope/scope.repository";

export interface RecallsContext extends IdentityContext {
  recalls: RecallRepository;
  scopes: ScopeRepository;
  service: RecallService;
  loaders: RecallLoaders;
}
