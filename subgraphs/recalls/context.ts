import type { IdentityContext } from "../../lib/auth/auth-checker";
import type { RecallLoaders } from "./recall/recall.loader";
import type { RecallRepository } from "./recall/recall.repository";

export interface RecallsContext extends IdentityContext {
  recalls: RecallRepository;
  loaders: RecallLoaders;
}
