import type { Router } from "express";
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
  /** Seals keys kept in the database. */
  masterKey: string;
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
  /** Folder holding the module, where `npm run compose` writes its schema.graphql. */
  dir: string;
  /** The PostgreSQL schema the service owns. */
  dbSchema: string;
  entities: Function[];
  migrations: Function[];
  buildSchema(pubSub: HubPubSub | undefined): Promise<FederatedSchema>;
  /** Called once at start: builds the service's repositories and services. */
  wire(deps: SubgraphDeps): SubgraphWiring<TContext>;
}

/** What a subgraph runs besides its schema. */
export interface SubgraphWiring<TContext> {
  /** Runs per operation: fresh loaders every time. */
  context(identity: Identity): TContext;
  /** REST routes beside /graphql; they are reached through the front door, which signs the identity. */
  routes?(router: Router): void;
  /**
   * Routes that authenticate each request themselves (webhooks carry their sender's
   * signature over the raw body), mounted before the signature check and any body parser.
   */
  openRoutes?(router: Router): void;
  /** Background work, started after the server listens and stopped before it closes. */
  start?(): void;
  stop?(): Promise<void>;
}
