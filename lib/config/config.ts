import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_OPERATION_LIMITS as LIMITS, readOperationLimits, readPersistedOperations, type OperationLimits } from "./operation-limits";
import { parseRateBudget, type RateBudget } from "./rate-budget";
import { readTokenConfig, type TokenConfig } from "./token-config";

/** The services behind the gateway; ingest is a subgraph too (connector configuration, rejected deliveries). */
export const SUBGRAPHS = ["serials", "products", "warranty", "recalls", "ingest"] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];
export type ServiceName = SubgraphName;

/** Offsets from PORT: the front door is PORT itself. */
export const PORT_OFFSETS: Record<ServiceName, number> = {
  serials: 1,
  products: 2,
  warranty: 3,
  recalls: 4,
  ingest: 10,
};

/** Every variable the hub reads, with what it does; README and the compose test use this list. */
export const ENV_VARS: Record<string, string> = {
  PORT: "front door port (default 4000); services use PORT+1..+4, ingest PORT+10",
  DATABASE_URL: "PostgreSQL to use; unset starts the embedded one",
  SERIALHUB_HOME: "folder for embedded data and generated secrets (default ./.serialhub)",
  SERIALHUB_HOST: "interface to bind (default 127.0.0.1; 0.0.0.0 in containers)",
  SERIALHUB_JWT_SECRET: "HS256 secret for client tokens (default: generated into SERIALHUB_HOME; with SERIALHUB_JWKS_URL, HS256 is accepted only when set)",
  SERIALHUB_JWKS_URL: "identity provider's JWKS URL (https; http only outside production): RS256/ES256 client tokens, keys cached and fetched again on rotation",
  SERIALHUB_JWT_ISSUER: "required iss of client tokens (HS256 and JWKS alike); required with SERIALHUB_JWKS_URL, unchecked when unset without it",
  SERIALHUB_JWT_AUDIENCE: "accepted aud of client tokens, comma-separated; required with SERIALHUB_JWKS_URL, unchecked when unset without it",
  SERIALHUB_JWT_CLOCK_SKEW: "leeway in seconds on token exp/nbf (default 30, at most 300)",
  SERIALHUB_UPSTREAM_SECRET: "HMAC secret between gateway and subgraphs (default: generated into SERIALHUB_HOME)",
  SERIALHUB_MASTER_KEY: "encrypts signing and serial-encryption keys at rest (default: generated into SERIALHUB_HOME)",
  SERIALHUB_SERIALS_URL: "where the front door reaches serials (default http://127.0.0.1:PORT+1)",
  SERIALHUB_PRODUCTS_URL: "where products is reached (default http://127.0.0.1:PORT+2)",
  SERIALHUB_WARRANTY_URL: "where warranty is reached (default http://127.0.0.1:PORT+3)",
  SERIALHUB_RECALLS_URL: "where recalls is reached (default http://127.0.0.1:PORT+4)",
  SERIALHUB_INGEST_URL: "where ingest is reached (default http://127.0.0.1:PORT+10)",
  SERIALHUB_SERIALS_PORT: "override one service's port (likewise _PRODUCTS_, _WARRANTY_, _RECALLS_, _INGEST_)",
  SERIALHUB_PG_PORT: "embedded PostgreSQL port (default PORT+32)",
  SERIALHUB_DB_POOL_SIZE: "connections per service (default 10)",
  SERIALHUB_INTROSPECTION: "allow schema introspection, GraphiQL and field suggestions (default on only for the embedded default: DATABASE_URL unset and NODE_ENV not production)",
  SERIALHUB_MAX_DEPTH: `deepest nesting of fields in an operation (default ${LIMITS.maxDepth}; docs/security/operation-limits.md)`,
  SERIALHUB_MAX_ALIASES: `aliases in an operation (default ${LIMITS.maxAliases})`,
  SERIALHUB_MAX_TOKENS: `lexical tokens in a GraphQL document (default ${LIMITS.maxTokens})`,
  SERIALHUB_MAX_DIRECTIVES: `directives in an operation (default ${LIMITS.maxDirectives})`,
  SERIALHUB_MAX_COST: `estimated objects an operation may return, lists counted by their first argument (default ${LIMITS.maxCost})`,
  SERIALHUB_LIST_SIZE: `assumed length of a list without a first argument, for the cost estimate (default ${LIMITS.listSize})`,
  SERIALHUB_MAX_BATCH: `operations in one batched HTTP request, a JSON array (default ${LIMITS.maxBatch})`,
  SERIALHUB_PERSISTED_OPERATIONS: "callers without a token may run only persisted operations: on (the shipped manifest of the public pages), a manifest path, or off (default)",
  REDIS_URL: "Redis for pub/sub and rate-limit counters across machines; unset uses PostgreSQL LISTEN/NOTIFY and in-memory counters",
  SERIALHUB_RATE_LIMIT_PUBLIC: "code checks (verify, lookup, /01/… Digital Link) per anonymous client address, e.g. 60/min, 5/s, 1000/10min, or off (default 60/min)",
  SERIALHUB_RATE_LIMIT_TOKEN: "code checks per token subject (tenant and sub), same form (default 3000/min)",
  LOG_LEVEL: "trace, debug, info (default), warn, error or silent",
  LOG_JSON: "1 for JSON log lines",
  SERIALHUB_QUERY_PLANNER: "rust (default: Hive Router's query planner, a native addon; falls back to js where it has no build) or js",
  NODE_ENV: "production keeps introspection off by default even on the embedded database",
};

export const QUERY_PLANNERS = ["rust", "js"] as const;
export type QueryPlanner = (typeof QUERY_PLANNERS)[number];

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";
const LOG_LEVELS: readonly string[] = ["trace", "debug", "info", "warn", "error", "silent"];

/** Values that count as true for boolean variables; anything else is false. */
export const TRUTHY = ["1", "true", "yes", "on"];

export interface HubConfig {
  /** Where the embedded database and generated secrets live. @default ./.serialhub */
  home: string;
  /** Interface every service binds to. @default 127.0.0.1 */
  host: string;
  /** The front door. @default 4000 */
  port: number;
  /** Each service's own listening port (PORT + offset unless overridden). */
  ports: Record<ServiceName, number>;
  /** Where the front door reaches each service (`SERIALHUB_<NAME>_URL`), base URL without path. */
  urls: Record<ServiceName, string>;
  /** An external PostgreSQL; unset means the embedded one. */
  databaseUrl: string | undefined;
  /** Port of the embedded PostgreSQL. @default PORT + 32 */
  embeddedPgPort: number;
  /** Connections per service pool. @default 10 */
  dbPoolSize: number;
  /** HS256 secret for client tokens. */
  jwtSecret: string;
  /** How client tokens are checked: HS256, JWKS, issuer, audience, clock skew. */
  tokens: TokenConfig;
  /** HMAC secret the gateway signs upstream requests with. */
  upstreamSecret: string;
  /** Encrypts keys kept in the database (code-signing and serial-encryption keys). */
  masterKey: string;
  /** Redis for pub/sub across machines; unset means PostgreSQL LISTEN/NOTIFY. */
  redisUrl: string | undefined;
  /** Which federation query planner the gateway runs. @default "rust" */
  queryPlanner: QueryPlanner;
  /** Allow schema introspection, GraphiQL and "Did you mean" suggestions. @default true only with the embedded database outside production */
  introspection: boolean;
  /** What one GraphQL request may ask of the gateway (docs/security/operation-limits.md). */
  limits: OperationLimits;
  /** Persisted-operations manifest; unset: callers without a token may send any document. */
  persistedOperations: string | undefined;
  logLevel: LogLevel | false;
  /** Write logs as JSON lines (`LOG_JSON=1`). */
  logJson: boolean;
  /** Code checks per client (docs/security/rate-limits.md); null: unlimited. */
  rateLimits: { public: RateBudget | null; token: RateBudget | null };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function readPort(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === "") {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    problems.push(`${name} must be a port number between 0 and 65535, got "${raw}"`);
    return fallback;
  }
  return value;
}

/** A secret from the environment, else one generated once and kept (mode 0600) under home. */
function readSecret(env: Env, name: string, home: string, file: string, problems: string[]): string {
  const raw = env[name];
  if (raw !== undefined && raw !== "") {
    if (raw.length < 32) {
      problems.push(`${name} must be at least 32 characters long`);
    }
    return raw;
  }
  const path = resolve(home, file);
  if (existsSync(path)) {
    return readFileSync(path, "utf8").trim();
  }
  mkdirSync(home, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: "wx" });
  return secret;
}

function readDatabaseUrl(env: Env, problems: string[]): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === "") {
    return undefined;
  }
  try {
    const url = new URL(raw);
    if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
      problems.push(`DATABASE_URL must be a postgres:// URL, got protocol "${url.protocol}"`);
    }
  } catch {
    problems.push("DATABASE_URL is not a valid URL");
  }
  return raw;
}

/** Defaults a person on the verification page never reaches and a script guessing codes reaches in a minute. */
export const DEFAULT_RATE_LIMITS = { public: "60/min", token: "3000/min" } as const;

function readRateBudget(env: Env, name: string, fallback: string, problems: string[]): RateBudget | null {
  try {
    return parseRateBudget(env[name] || fallback);
  } catch (error) {
    problems.push(`${name} ${(error as Error).message}`);
    return null;
  }
}

/** Parses and validates the environment; reports every problem at once. */
export function loadConfig(env: Env = process.env): HubConfig {
  const problems: string[] = [];
  const home = resolve(env.SERIALHUB_HOME || ".serialhub");
  const port = readPort(env, "PORT", 4000, problems);
  const host = env.SERIALHUB_HOST || "127.0.0.1";
  const ports = {} as Record<ServiceName, number>;
  const urls = {} as Record<ServiceName, string>;
  for (const [name, offset] of Object.entries(PORT_OFFSETS) as [ServiceName, number][]) {
    const upper = name.toUpperCase();
    ports[name] = readPort(env, `SERIALHUB_${upper}_PORT`, port === 0 ? 0 : port + offset, problems);
    urls[name] = env[`SERIALHUB_${upper}_URL`] || `http://127.0.0.1:${ports[name]}`;
  }
  const logLevel = (env.LOG_LEVEL || "info").toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${env.LOG_LEVEL}"`);
  }
  const poolSize = Number(env.SERIALHUB_DB_POOL_SIZE || 10);
  if (!Number.isInteger(poolSize) || poolSize < 1) {
    problems.push(`SERIALHUB_DB_POOL_SIZE must be a positive integer, got "${env.SERIALHUB_DB_POOL_SIZE}"`);
  }
  const introspectionRaw = env.SERIALHUB_INTROSPECTION;
  const queryPlanner = (env.SERIALHUB_QUERY_PLANNER || "rust").toLowerCase();
  if (!(QUERY_PLANNERS as readonly string[]).includes(queryPlanner)) {
    problems.push(`SERIALHUB_QUERY_PLANNER must be one of ${QUERY_PLANNERS.join(", ")}, got "${env.SERIALHUB_QUERY_PLANNER}"`);
  }
  const config: HubConfig = {
    home,
    host,
    port,
    ports,
    urls,
    databaseUrl: readDatabaseUrl(env, problems),
    embeddedPgPort: readPort(env, "SERIALHUB_PG_PORT", port === 0 ? 0 : port + 32, problems),
    dbPoolSize: poolSize,
    jwtSecret: readSecret(env, "SERIALHUB_JWT_SECRET", home, "jwt-secret", problems),
    tokens: readTokenConfig(env, problems),
    upstreamSecret: readSecret(env, "SERIALHUB_UPSTREAM_SECRET", home, "upstream-secret", problems),
    masterKey: readSecret(env, "SERIALHUB_MASTER_KEY", home, "master-key", problems),
    redisUrl: env.REDIS_URL || undefined,
    introspection:
      introspectionRaw === undefined || introspectionRaw === ""
        ? !env.DATABASE_URL && env.NODE_ENV !== "production"
        : TRUTHY.includes(introspectionRaw.toLowerCase()),
    queryPlanner: queryPlanner === "js" ? "js" : "rust",
    limits: readOperationLimits(env, problems),
    persistedOperations: readPersistedOperations(env, TRUTHY, problems),
    logLevel: logLevel === "silent" ? false : (logLevel as LogLevel),
    logJson: TRUTHY.includes((env.LOG_JSON ?? "").toLowerCase()),
    rateLimits: {
      public: readRateBudget(env, "SERIALHUB_RATE_LIMIT_PUBLIC", DEFAULT_RATE_LIMITS.public, problems),
      token: readRateBudget(env, "SERIALHUB_RATE_LIMIT_TOKEN", DEFAULT_RATE_LIMITS.token, problems),
    },
  };
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return Object.freeze(config);
}

let cached: HubConfig | undefined;

/** The process-wide configuration, read once. */
export function getConfig(): HubConfig {
  cached ??= loadConfig();
  return cached;
}

/** For tests that change the environment between cases. */
export function resetConfig(): void {
  cached = undefined;
}
