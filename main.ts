import "reflect-metadata";
import { readFileSync } from "node:fs";
import { createFrontDoor } from "./gateway/front-door";
import { createGateway } from "./gateway/gateway";
import { startHub, SUBGRAPH_MODULES, SUPERGRAPH_PATH } from "./hub";
import { ConfigError, loadConfig, SUBGRAPHS, type HubConfig, type SubgraphName } from "./lib/config/config";
import { startSubgraph } from "./lib/federation/start-subgraph";
import { createLogger, type Logger } from "./lib/log/logger";
import { projectPath } from "./lib/paths";

const SERVICES = ["all", "gateway", ...SUBGRAPHS] as const;
type Service = (typeof SERVICES)[number];

function banner(url: string, services: Record<string, string>): string {
  return [
    "",
    "serialhub is running",
    `  GraphQL (HTTP and WebSocket)  ${url}/graphql   (GraphiQL in a browser)`,
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
    const gateway = createGateway({
      supergraphSdl: readFileSync(projectPath(SUPERGRAPH_PATH), "utf8"),
      subgraphUrls: config.urls,
      jwtSecret: config.jwtSecret,
      upstreamSecret: config.upstreamSecret,
      introspection: config.introspection,
      log: log.child("[gateway] "),
    });
    const door = await createFrontDoor({ gateway, jwtSecret: config.jwtSecret, upstreamSecret: config.upstreamSecret, services: config.urls, log }).start(config.port, config.host);
    log.info(`Front door listening on ${door.url}`);
    return door.close;
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
    console.log(banner(hub.url, hub.services));
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
