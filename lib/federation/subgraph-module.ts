import type { DataSource } from "typeorm";
import type { IdentityContext } from "../auth/auth-checker";
import type { Identity } from "../auth/identity";
import type { SubgraphName } from "../config/config";
import type { Logger } from "../log/logger";
import type { HubPubSub } from "../pubsub/pubsub";
import type { FederatedSchema } from "./build-federated-schema";

/** What a running subgraph gets to build its per-request context and background work. */
export interface SubgraphDeps {
  dataSource: DataSource;
  pubSub: HubPubSub;
  log: Logger;
  upstreamSecret: string;
  /** Base URLs of the other subgraphs, for the few service-to-service reads. */
  peers: Record<SubgraphName, string>;
}

/**
 * Everything that makes one subgraph: its types and resolvers, its tables, and how a
 * request context is made. `startSubgraph` turns it into a running service; the compose
 * script only calls `buildSchema`.
 */
export interface SubgraphModule<TContext extends IdentityContext = IdentityContext> {
  name: SubgraphName;
  /** The PostgreSQL schema the service owns. */
  dbSchema: string;
  entities: Function[];
  migrations: Function[];
  buildSchema(pubSub: HubPubSub | undefined): Promise<FederatedSchema>;
  /** Called once at start; the returned function runs per operation. */
  contextFactory(deps: SubgraphDeps): (identity: Identity) => TContext;
}
