import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HubClient } from "../clients/client";
import { startHub, type RunningHub } from "../hub";
import type { Role } from "../lib/auth/identity";
import { signToken } from "../lib/auth/token";
import { loadConfig, type HubConfig } from "../lib/config/config";
import { createLogger } from "../lib/log/logger";

export interface BenchHub {
  hub: RunningHub;
  config: HubConfig;
  client(tenant: string, ...roles: Role[]): HubClient;
  stop(): Promise<void>;
}

/**
 * The hub as `npm start` runs it, on its own embedded PostgreSQL in a temporary folder
 * (or on DATABASE_URL when set), on free ports.
 */
export async function startBenchHub(env: Record<string, string | undefined> = process.env): Promise<BenchHub> {
  const home = mkdtempSync(join(tmpdir(), "serialhub-bench-"));
  const config = loadConfig({
    PORT: "0",
    SERIALHUB_PG_PORT: String(20000 + Math.floor(Math.random() * 20000)),
    SERIALHUB_HOME: home,
    DATABASE_URL: env.DATABASE_URL,
    REDIS_URL: env.REDIS_URL,
    SERIALHUB_JWT_SECRET: randomBytes(32).toString("hex"),
    LOG_LEVEL: env.LOG_LEVEL ?? "warn",
  });
  const hub = await startHub(config, createLogger(config.logLevel));
  const clients: HubClient[] = [];
  return {
    hub,
    config,
    client(tenant, ...roles) {
      const client = new HubClient({ url: hub.url, token: signToken(config.jwtSecret, { sub: "bench", tenant, roles }) });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((client) => client.close()));
      await hub.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
