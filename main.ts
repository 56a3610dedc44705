import "reflect-metadata";
import { readFileSync } from "node:fs";
import { createAuthenticator } from "./gateway/auth/authenticator";
import { createFrontDoor } from "./gateway/front-door";
import { createGateway } from "./gateway/gateway";
import { createCodeCheckLimiter } from "./gateway/rate-limit/code-check-limiter";
import { startHub, SUBGRAPH_MODULES, SUPERGRAPH_PATH } from "./hub";
import { ConfigError, loadConfig, SUBGRAPHS, type HubConfig, type SubgraphName } from "./lib/config/config";
import { startSubgraph } from "./lib/federation/start-subgraph";
import { createLogger, type Logger } from "./lib/log/logger";
import { projectPath } from "./lib/paths";

const SERVICES = ["all", "gateway", ...SUBGRAPHS] as const;

/**
 * Longest orderly stop, below the 30 s a container platform waits between SIGTERM and
 * SIGKILL. An embedded PostgreSQL left running by a cut-short stop is stopped at the next start.
 */
const SHUTDOWN_TIMEOUT_MS = 25_000;
type Service = (typeof SERVICES)[number];

function banner(url: string, services: Record<string, string>, graphiql: boolean): string {
  return [
    "",
    "serialhub is running",
    `  GraphQL (HTTP and WebSocket)  ${url}/graphql${graphiql ? "   (GraphiQL in a browser)" : ""}`,
    `  Health                        ${url}/healthz`,
    `  Webhooks                      ${url}/webhooks/{tenant}/{connector}`,
    `  Services                      ${Object.entries(services).map(([name, at]) => `${name} ${at}`).join("  ")}`,
    "  A token for the API:          npm run token -- --role admin --tenant demo",
    "  Stop with Ctrl-C.",
    "",
  ].join("\n");
}

/** One service per container (docker-compose), each with the same configuration. */
async function startOne(service: Exclude<Service, "all">, config: HubConfig, log: Logger): Promise<() => Promise<void>> {
  if (service === "gateway") {
    const codeChecks = await createCodeCheckLimiter({ budgets: config.rateLimits, redisUrl: config.redisUrl, log });
    const authenticator = createAuthenticator(config, () => config.urls.ingest, log);
    const gateway = createGateway({
      supergraphSdl: readFileSync(projectPath(SUPERGRAPH_PATH), "utf8"),
      subgraphUrls: config.urls,
      authenticator,
      upstreamSecret: config.upstreamSecret,
      introspection: config.introspection,
      queryPlanner: config.queryPlanner,
      limits: config.limits,
      persistedOperations: config.persistedOperations,
      log: log.child("[gateway] "),
      codeChecks,
    });
    const door = await createFrontDoor({ gateway, authenticator, upstreamSecret: config.upstreamSecret, services: config.urls, log, codeChecks }).start(config.port, config.host);
    log.info(`Front door listening on ${door.url}`);
    return async () => {
      await door.close();
      await codeChecks.close();
    };
  }
  if (!config.databaseUrl) {
    throw new Error(`The ${service} service needs DATABASE_URL when started on its own.`);
  }
  const common = { databaseUrl: config.databaseUrl, host: config.host, poolSize: config.dbPoolSize, log };
  const name = service as SubgraphName;
  const running = await startSubgraph(SUBGRAPH_MODULES[name], {
    ...common,
    port: config.ports[name],
    upstreamSecret: config.upstreamSecret,
    masterKey: config.masterKey,
    redisUrl: config.redisUrl,
    peers: config.urls,
  });
  return running.close;
}

async function main(): Promise<void> {
  const service = (process.argv[2] ?? "all") as Service;
  if (!SERVICES.includes(service)) {
    console.error(`Unknown service "${service}". Use one of: ${SERVICES.join(", ")}.`);
    process.exit(2);
  }
  let config: HubConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
  const log = createLogger(config.logLevel, config.logJson);
  let stop: () => Promise<void>;
  if (service === "all") {
    const hub = await startHub(config, log);
    console.log(banner(hub.url, hub.services, config.introspection));
    stop = hub.stop;
  } else {
    stop = await startOne(service, config, log);
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      // npm and the terminal may both deliver Ctrl-C; a deliberate second one is the user insisting.
      return;
    }
    stopping = true;
    log.info(`${signal} received: stopping`);
    // Each step has its own bound (HTTP drain, worker batch); this one catches whatever hangs regardless.
    setTimeout(() => {
      log.error(`Stopping took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting now`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    stop().then(
      () => {
        log.info("Stopped");
        process.exit(0);
      },
      (error: Error) => {
        log.error({ error: error.message }, "Stopped with errors");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: Error) => {
  console.error(`serialhub failed to start: ${error.stack ?? error.message}`);
  process.exit(1);
});
