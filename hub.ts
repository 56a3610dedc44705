import { readFileSync } from "node:fs";
import { ingestModule } from "./connectors/ingest/ingest.module";
import { createAuthenticator } from "./gateway/auth/authenticator";
import { createFrontDoor } from "./gateway/front-door";
import { createGateway } from "./gateway/gateway";
import { createCodeCheckLimiter } from "./gateway/rate-limit/code-check-limiter";
import type { HubConfig, ServiceName, SubgraphName } from "./lib/config/config";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/db/embedded-postgres";
import { startSubgraph, type RunningService } from "./lib/federation/start-subgraph";
import type { SubgraphModule } from "./lib/federation/subgraph-module";
import type { Logger } from "./lib/log/logger";
import { projectPath } from "./lib/paths";
import { productsModule } from "./subgraphs/products/products.module";
import { recallsModule } from "./subgraphs/recalls/recalls.module";
import { serialsModule } from "./subgraphs/serials/serials.module";
import { warrantyModule } from "./subgraphs/warranty/warranty.module";

export const SUBGRAPH_MODULES: Record<SubgraphName, SubgraphModule<never>> = {
  serials: serialsModule as SubgraphModule<never>,
  products: productsModule as SubgraphModule<never>,
  warranty: warrantyModule as SubgraphModule<never>,
  recalls: recallsModule as SubgraphModule<never>,
  ingest: ingestModule as SubgraphModule<never>,
};

export const SUPERGRAPH_PATH = "gateway/supergraph.graphql";

export interface RunningHub {
  /** The front door, e.g. http://127.0.0.1:4000 */
  url: string;
  databaseUrl: string;
  services: Record<ServiceName, string>;
  /** Front door first, database last: nothing in flight loses its connection. */
  stop(): Promise<void>;
  /** Stops one service and leaves the rest running (to see how the hub degrades). */
  stopService(name: ServiceName): Promise<void>;
  /** Starts a stopped service again on the same port, as a restarted container would. */
  restartService(name: ServiceName): Promise<void>;
}

export interface HubOptions {
  /** Give each hub its own pub/sub channel (tests run several hubs on one database server). */
  pubSubChannel?: string;
  /** Close idle upstream sockets at once, so a test process can exit. */
  eagerSocketClose?: boolean;
}

/**
 * Starts everything `npm start` runs, in one process: the database (embedded unless
 * DATABASE_URL is set), the four domain subgraphs and ingest (each applying its migrations),
 * then the front door with the gateway.
 */
export async function startHub(config: HubConfig, log: Logger, options: HubOptions = {}): Promise<RunningHub> {
  const stack: { name: string; close: () => Promise<void> }[] = [];
  const stop = async () => {
    while (stack.length > 0) {
      const { name, close } = stack.pop() as (typeof stack)[number];
      await close().then(
        () => log.info(`Stopped ${name}`),
        (error: Error) => log.error({ error: error.message }, `Error while stopping ${name}`),
      );
    }
  };
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const pg: EmbeddedPostgres = await startEmbeddedPostgres(config.home, config.embeddedPgPort, log.child("[postgres] "));
      stack.push({ name: "PostgreSQL", close: () => pg.stop() });
      databaseUrl = pg.url;
      log.info(`Embedded PostgreSQL on port ${config.embeddedPgPort} (data in ${config.home}/pgdata)`);
    }
    const common = {
      databaseUrl,
      host: config.host,
      poolSize: config.dbPoolSize,
      upstreamSecret: config.upstreamSecret,
      masterKey: config.masterKey,
      log,
      redisUrl: config.redisUrl,
      pubSubChannel: options.pubSubChannel,
    };
    const urls = { ...config.urls };
    const started = (service: RunningService) => {
      stack.push({ name: service.name, close: () => service.close() });
      urls[service.name as ServiceName] = service.url;
      return service;
    };
    // serials asks products which GTINs exist, so products starts first.
    started(await startSubgraph(SUBGRAPH_MODULES.products, { ...common, port: config.ports.products, peers: urls }));
    const others = await Promise.allSettled(
      (["serials", "warranty", "recalls", "ingest"] as const).map((name) =>
        startSubgraph(SUBGRAPH_MODULES[name], { ...common, port: config.ports[name], peers: urls }),
      ),
    );
    for (const result of others) {
      if (result.status === "fulfilled") {
        started(result.value);
      }
    }
    const failed = others.find((result) => result.status === "rejected");
    if (failed) {
      throw (failed as PromiseRejectedResult).reason;
    }
    const codeChecks = await createCodeCheckLimiter({ budgets: config.rateLimits, redisUrl: config.redisUrl, namespace: options.pubSubChannel, log });
    stack.push({ name: "rate-limit counters", close: () => codeChecks.close() });
    const authenticator = createAuthenticator(config, () => urls.ingest, log);
    const gateway = createGateway({
      supergraphSdl: readFileSync(projectPath(SUPERGRAPH_PATH), "utf8"),
      subgraphUrls: urls,
      authenticator,
      upstreamSecret: config.upstreamSecret,
      introspection: config.introspection,
      queryPlanner: config.queryPlanner,
      limits: config.limits,
      persistedOperations: config.persistedOperations,
      log: log.child("[gateway] "),
      eagerSocketClose: options.eagerSocketClose,
      codeChecks,
    });
    const frontDoor = await createFrontDoor({ gateway, authenticator, upstreamSecret: config.upstreamSecret, services: urls, log, codeChecks }).start(config.port, config.host);
    stack.push({ name: "front door", close: () => frontDoor.close() });
    const stopService = async (name: ServiceName) => {
      const index = stack.findIndex((entry) => entry.name === name);
      if (index >= 0) {
        await stack.splice(index, 1)[0].close();
      }
    };
    const restartService = async (name: ServiceName) => {
      if (stack.some((entry) => entry.name === name)) {
        throw new Error(`${name} is running.`);
      }
      const port = Number(new URL(urls[name]).port);
      const service = await startSubgraph(SUBGRAPH_MODULES[name], { ...common, port, peers: urls });
      // Before the front door, so a later stop() still closes it ahead of the database.
      stack.splice(stack.length - 1, 0, { name: service.name, close: () => service.close() });
    };
    return { url: frontDoor.url, databaseUrl, services: urls, stop, stopService, restartService };
  } catch (error) {
    await stop();
    throw error;
  }
}
