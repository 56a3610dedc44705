import type { IdentityContext } from "../auth/auth-checker";
import type { SubgraphName } from "../config/config";
import { createDataSource, migrate } from "../db/data-source";
import { DbHealth } from "../db/db-health";
import { opsMetrics, type PoolCounts } from "../metrics/ops-metrics";
import type { Logger } from "../log/logger";
import { createPubSub } from "../pubsub/pubsub";
import type { SubgraphModule } from "./subgraph-module";
import { createSubgraphServer } from "./subgraph-server";

export interface StartSubgraphOptions {
  databaseUrl: string;
  host: string;
  port: number;
  poolSize: number;
  upstreamSecret: string;
  masterKey: string;
  peers: Record<SubgraphName, string>;
  log: Logger;
  /** Redis for pub/sub across machines; LISTEN/NOTIFY on the database when unset. */
  redisUrl?: string;
  /** Pub/sub namespace; tests give each hub its own. */
  pubSubChannel?: string;
}

export interface RunningService {
  name: string;
  url: string;
  close(): Promise<void>;
}

/** Opens the service's pool, applies its migrations, then serves its schema. */
export async function startSubgraph<TContext extends IdentityContext>(
  module: SubgraphModule<TContext>,
  options: StartSubgraphOptions,
): Promise<RunningService> {
  const log = options.log.child(`[${module.name}] `);
  const dataSource = createDataSource({
    url: options.databaseUrl,
    schema: module.dbSchema,
    entities: module.entities,
    migrations: module.migrations,
    poolSize: options.poolSize,
    applicationName: `serialhub-${module.name}`,
    onPoolError: (error) => log.warn({ error: error.message }, "A pooled database connection broke; it will be replaced"),
  });
  const dbHealth = new DbHealth({
    probe: () => dataSource.query("SELECT 1"),
    onChange: (reachable, error) =>
      reachable ? log.info("The database is reachable again") : log.warn({ error: error?.message }, "The database is unreachable"),
  });
  await dataSource.initialize();
  // TypeORM's postgres driver keeps its pg Pool as `master`: in use, idle and waiting go to /metrics.
  const pool = (dataSource.driver as unknown as { master: PoolCounts }).master;
  const unregisterPool = opsMetrics().addPool(module.name, () => pool);
  const closers: (() => Promise<unknown>)[] = [async () => unregisterPool(), () => dataSource.destroy()];
  const closeAll = async () => {
    for (const close of closers.reverse()) {
      await close().catch((error: Error) => log.error({ error: error.message }, "Error while stopping"));
    }
  };
  try {
    const applied = await migrate(dataSource, module.dbSchema);
    if (applied.length > 0) {
      log.info(`Applied migrations: ${applied.join(", ")}`);
    }
    const pubSub = await createPubSub({ databaseUrl: options.databaseUrl, redisUrl: options.redisUrl, channel: options.pubSubChannel, log });
    closers.push(() => pubSub.close());
    const { schema } = await module.buildSchema(pubSub);
    const wiring = module.wire({
      dataSource,
      pubSub,
      log,
      upstreamSecret: options.upstreamSecret,
      masterKey: options.masterKey,
      peers: options.peers,
    });
    const server = createSubgraphServer({
      name: module.name,
      schema,
      upstreamSecret: options.upstreamSecret,
      createContext: (identity) => wiring.context(identity),
      routes: wiring.routes,
      openRoutes: wiring.openRoutes,
      isReady: () => dbHealth.reachable(),
      log,
    });
    const running = await server.start(options.port, options.host);
    closers.push(() => running.close());
    wiring.start?.();
    if (wiring.stop) {
      closers.push(() => (wiring.stop as () => Promise<void>)());
    }
    return { name: module.name, url: running.url, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
