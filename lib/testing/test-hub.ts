import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { HubClient } from "../../clients/client";
import { startHub, type RunningHub } from "../../hub";
import type { Role } from "../auth/identity";
import { signHubToken } from "../auth/token";
import { loadConfig, type HubConfig } from "../config/config";
import { createLogger } from "../log/logger";
import { createTestDatabase, type TestDatabase } from "./test-database";

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

export interface TestHubOptions {
  /**
   * Runs as another replica of that hub's deployment: same database, pub/sub channel,
   * secrets and environment (`env` adds to it), its own gateway and services. The
   * database is dropped when the last hub sharing it stops.
   */
  shareWith?: TestHub;
}

/** What the hubs of one deployment share. */
interface TestDeployment {
  database: TestDatabase;
  channel: string;
  env: Record<string, string>;
  /** Hubs started and not yet stopped; the last one to stop drops the database. */
  hubs: number;
}

const deployments = new WeakMap<TestHub, TestDeployment>();

async function createDeployment(env: Record<string, string>): Promise<TestDeployment> {
  const database = await createTestDatabase();
  return {
    database,
    channel: `test_${randomBytes(4).toString("hex")}`,
    env: {
      DATABASE_URL: database.url,
      SERIALHUB_JWT_SECRET: randomBytes(32).toString("hex"),
      SERIALHUB_UPSTREAM_SECRET: randomBytes(32).toString("hex"),
      // Shared too: signing keys sealed by one replica are opened by the others.
      SERIALHUB_MASTER_KEY: randomBytes(32).toString("hex"),
      ...env,
    },
    hubs: 0,
  };
}

/**
 * Several hubs of one deployment booted at the same time on a fresh database, as replicas
 * that start together do (their migrations race for the same schemas).
 */
export async function startTestHubs(count: number, env: Record<string, string> = {}): Promise<TestHub[]> {
  const deployment = await createDeployment(env);
  const started = await Promise.allSettled(Array.from({ length: count }, () => bootTestHub(deployment, {})));
  const hubs = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failed = started.find((result) => result.status === "rejected");
  if (failed || hubs.length === 0) {
    await Promise.all(hubs.map((hub) => hub.stop()));
    if (hubs.length === 0) {
      await deployment.database.drop();
    }
    throw (failed as PromiseRejectedResult | undefined)?.reason ?? new Error("startTestHubs needs a count of at least 1.");
  }
  return hubs;
}

/**
 * The whole hub on free ports with its own database, as `npm start` runs it, or another
 * replica of a running one (`shareWith`). Logs are off unless TEST_LOG_LEVEL is set.
 */
export async function startTestHub(env: Record<string, string> = {}, options: TestHubOptions = {}): Promise<TestHub> {
  if (!options.shareWith) {
    const deployment = await createDeployment(env);
    return bootTestHub(deployment, {}).catch(async (error: unknown) => {
      await deployment.database.drop();
      throw error;
    });
  }
  const deployment = deployments.get(options.shareWith);
  if (!deployment || deployment.hubs === 0) {
    throw new Error("shareWith needs a running hub started by startTestHub or startTestHubs.");
  }
  return bootTestHub(deployment, env);
}

/**
 * The Rust query planner is loaded with a dynamic import(), which jest allows only under
 * --experimental-vm-modules (`npm test` passes it). A bare `npx jest` gets the JavaScript
 * planner instead, with a warning, rather than a hub that cannot plan.
 */
function plannerForJest(): Record<string, string> {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ");
  if (flags.includes("--experimental-vm-modules") || process.env.SERIALHUB_QUERY_PLANNER) {
    return {};
  }
  if (!warnedPlanner) {
    warnedPlanner = true;
    process.stderr.write("Test hubs use the JavaScript query planner: run `npm test -- <files>` for the Rust one, as users get it.\n");
  }
  return { SERIALHUB_QUERY_PLANNER: "js" };
}
let warnedPlanner = false;

async function bootTestHub(deployment: TestDeployment, env: Record<string, string>): Promise<TestHub> {
  const database = deployment.database;
  const home = mkdtempSync(join(tmpdir(), "serialhub-hub-"));
  const config = loadConfig({
    PORT: "0",
    SERIALHUB_HOME: home,
    SERIALHUB_DB_POOL_SIZE: "4",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    ...plannerForJest(),
    ...deployment.env,
    ...env,
  });
  deployment.hubs += 1;
  const hub = await startHub(config, createLogger(config.logLevel), {
    pubSubChannel: deployment.channel,
    eagerSocketClose: true,
  }).catch((error: unknown) => {
    deployment.hubs -= 1;
    rmSync(home, { recursive: true, force: true });
    throw error;
  });
  const clients: HubClient[] = [];
  const sqlClient = new Client({ connectionString: database.url });
  await sqlClient.connect();
  const token = (tenant: string, ...roles: Role[]) => signHubToken(config, { sub: `${tenant}-user`, tenant, roles });
  const testHub: TestHub = {
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
      deployment.hubs -= 1;
      if (deployment.hubs === 0) {
        await database.drop();
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
  deployments.set(testHub, deployment);
  return testHub;
}
