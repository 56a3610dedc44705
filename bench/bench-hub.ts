import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
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
  token(tenant: string, ...roles: Role[]): string;
  stop(): Promise<void>;
}

/**
 * A scratch database on the DATABASE_URL server, so a run never mixes with what is there
 * (GTINs are unique across tenants, and scenarios reuse theirs). Falls back to the given
 * database when the role may not create one.
 */
async function scratchDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `serialhub_bench_${randomBytes(5).toString("hex")}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    console.error(`bench: cannot create a scratch database (${(error as Error).message}); using DATABASE_URL as it is`);
    return { url, drop: async () => undefined };
  } finally {
    await admin.end();
  }
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    async drop() {
      const dropper = new Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => dropper.end());
    },
  };
}

/**
 * The bench's verify load comes from one address (and one token) standing for many phones and
 * integrators: budgets it fits, so the limiter still runs (its cost is in the figures) without
 * refusing the load. Override with the usual variables to measure other budgets (bench/README.md).
 */
export const BENCH_RATE_LIMIT = "1000000/min";

/**
 * The hub as `npm start` runs it, with its whole configuration (token verification, identity
 * forwarding, upstream signing), on its own embedded PostgreSQL in a temporary folder or on
 * a scratch database of the DATABASE_URL server, on free ports.
 */
export async function startBenchHub(env: Record<string, string | undefined> = process.env): Promise<BenchHub> {
  const home = mkdtempSync(join(tmpdir(), "serialhub-bench-"));
  const database = env.DATABASE_URL ? await scratchDatabase(env.DATABASE_URL) : undefined;
  const config = loadConfig({
    PORT: "0",
    SERIALHUB_PG_PORT: String(20000 + Math.floor(Math.random() * 20000)),
    SERIALHUB_HOME: home,
    DATABASE_URL: database?.url,
    REDIS_URL: env.REDIS_URL,
    SERIALHUB_JWT_SECRET: randomBytes(32).toString("hex"),
    LOG_LEVEL: env.LOG_LEVEL ?? "warn",
    SERIALHUB_RATE_LIMIT_PUBLIC: env.SERIALHUB_RATE_LIMIT_PUBLIC ?? BENCH_RATE_LIMIT,
    SERIALHUB_RATE_LIMIT_TOKEN: env.SERIALHUB_RATE_LIMIT_TOKEN ?? BENCH_RATE_LIMIT,
  });
  let hub: RunningHub;
  try {
    hub = await startHub(config, createLogger(config.logLevel));
  } catch (error) {
    await database?.drop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const clients: HubClient[] = [];
  const token = (tenant: string, ...roles: Role[]) => signToken(config.jwtSecret, { sub: "bench", tenant, roles });
  return {
    hub,
    config,
    token,
    client(tenant, ...roles) {
      const client = new HubClient({ url: hub.url, token: token(tenant, ...roles) });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((client) => client.close()));
      await hub.stop();
      await database?.drop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
