import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { HubClient } from "../../clients/client";
import { startHub, type RunningHub } from "../../hub";
import type { Role } from "../auth/identity";
import { signToken } from "../auth/token";
import { loadConfig, type HubConfig } from "../config/config";
import { createLogger } from "../log/logger";
import { createTestDatabase } from "./test-database";

export interface TestHub {
  url: string;
  hub: RunningHub;
  config: HubConfig;
  token(tenant: string, ...roles: Role[]): string;
  /** A typed client for a tenant with the given roles (no roles: a public caller). */
  client(tenant?: string, ...roles: Role[]): HubClient;
  /** Direct SQL on the hub's database, to check what was (not) written. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * The whole hub on free ports with its own database, as `npm start` runs it. Logs are
 * off unless TEST_LOG_LEVEL is set.
 */
export async function startTestHub(env: Record<string, string> = {}): Promise<TestHub> {
  const database = await createTestDatabase();
  const home = mkdtempSync(join(tmpdir(), "serialhub-hub-"));
  const config = loadConfig({
    PORT: "0",
    SERIALHUB_HOME: home,
    DATABASE_URL: database.url,
    SERIALHUB_JWT_SECRET: randomBytes(32).toString("hex"),
    SERIALHUB_UPSTREAM_SECRET: randomBytes(32).toString("hex"),
    SERIALHUB_DB_POOL_SIZE: "4",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    ...env,
  });
  const hub = await startHub(config, createLogger(config.logLevel), {
    pubSubChannel: `test_${randomBytes(4).toString("hex")}`,
    eagerSocketClose: true,
  });
  const clients: HubClient[] = [];
  const sqlClient = new Client({ connectionString: database.url });
  await sqlClient.connect();
  const token = (tenant: string, ...roles: Role[]) => signToken(config.jwtSecret, { sub: `${tenant}-user`, tenant, roles });
  return {
    url: hub.url,
    hub,
    config,
    token,
    client(tenant?: string, ...roles: Role[]) {
      const client = new HubClient({ url: hub.url, token: tenant ? token(tenant, ...roles) : undefined });
      clients.push(client);
      return client;
    },
    async sql<T>(text: string, params: unknown[] = []) {
      return (await sqlClient.query(text, params)).rows as T[];
    },
    async stop() {
      await Promise.all(clients.map((client) => client.close()));
      await sqlClient.end();
      await hub.stop();
      await database.drop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
