import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig } from "./config";
import { DEFAULT_OPERATION_LIMITS } from "./operation-limits";

const home = () => mkdtempSync(join(tmpdir(), "serialhub-config-"));

describe("loadConfig", () => {
  it("derives every port from PORT and generates secrets once", () => {
    const dir = home();
    const config = loadConfig({ SERIALHUB_HOME: dir, PORT: "5000" });
    expect(config.ports).toEqual({ serials: 5001, products: 5002, warranty: 5003, recalls: 5004, ingest: 5010 });
    expect(config.urls.serials).toBe("http://127.0.0.1:5001");
    expect(config.databaseUrl).toBeUndefined();
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, "jwt-secret")).mode & 0o777).toBe(0o600);
    expect(loadConfig({ SERIALHUB_HOME: dir }).jwtSecret).toBe(config.jwtSecret);
    expect(readFileSync(join(dir, "upstream-secret"), "utf8").trim()).toBe(config.upstreamSecret);
  });

  it("takes service URLs and secrets from the environment", () => {
    const config = loadConfig({
      SERIALHUB_HOME: home(),
      SERIALHUB_SERIALS_URL: "http://serials:4001",
      SERIALHUB_JWT_SECRET: "s".repeat(40),
      DATABASE_URL: "postgres://u@db:5432/hub",
      NODE_ENV: "production",
    });
    expect(config.urls.serials).toBe("http://serials:4001");
    expect(config.jwtSecret).toBe("s".repeat(40));
    expect(config.databaseUrl).toBe("postgres://u@db:5432/hub");
    expect(config.introspection).toBe(false);
  });

  it("reports every invalid variable at once", () => {
    let error: unknown;
    try {
      loadConfig({ SERIALHUB_HOME: home(), PORT: "eighty", LOG_LEVEL: "loud", DATABASE_URL: "mysql://x", SERIALHUB_JWT_SECRET: "short" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'PORT must be a port number between 0 and 65535, got "eighty"',
      'LOG_LEVEL must be one of trace, debug, info, warn, error, silent, got "loud"',
      'DATABASE_URL must be a postgres:// URL, got protocol "mysql:"',
      "SERIALHUB_JWT_SECRET must be at least 32 characters long",
    ]);
  });

  it("reads the rate-limit budgets, with defaults, off, and a precise problem", () => {
    expect(loadConfig({ SERIALHUB_HOME: home() }).rateLimits).toEqual({ public: { points: 60, seconds: 60 }, token: { points: 3000, seconds: 60 } });
    const custom = loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_RATE_LIMIT_PUBLIC: "1000/10min", SERIALHUB_RATE_LIMIT_TOKEN: "off" });
    expect(custom.rateLimits).toEqual({ public: { points: 1000, seconds: 600 }, token: null });
    expect(() => loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_RATE_LIMIT_PUBLIC: "60 per minute" })).toThrow(
      'SERIALHUB_RATE_LIMIT_PUBLIC must be a budget like 60/min, 5/s, 1000/10min or 100000/h (window up to 24 h), or off; got "60 per minute"',
    );
  });
  it("reads how tokens are checked: HS256 alone by default, JWKS with issuer, audience and skew", () => {
    expect(loadConfig({ SERIALHUB_HOME: home() }).tokens).toEqual({
      acceptHs256: true,
      jwksUrl: undefined,
      issuer: undefined,
      audience: undefined,
      clockSkewSeconds: 30,
    });
    const jwks = loadConfig({
      SERIALHUB_HOME: home(),
      SERIALHUB_JWKS_URL: "https://idp.example.com/.well-known/jwks.json",
      SERIALHUB_JWT_ISSUER: "https://idp.example.com/",
      SERIALHUB_JWT_AUDIENCE: "serialhub, serialhub-staging",
      SERIALHUB_JWT_CLOCK_SKEW: "10",
    }).tokens;
    // A generated HS256 secret does not open a hub that trusts an identity provider.
    expect(jwks).toEqual({
      acceptHs256: false,
      jwksUrl: "https://idp.example.com/.well-known/jwks.json",
      issuer: "https://idp.example.com/",
      audience: ["serialhub", "serialhub-staging"],
      clockSkewSeconds: 10,
    });
    const idp = { SERIALHUB_JWT_ISSUER: "https://idp.example.com/", SERIALHUB_JWT_AUDIENCE: "serialhub" };
    expect(loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_JWKS_URL: "https://idp.example.com/jwks", SERIALHUB_JWT_SECRET: "s".repeat(40), ...idp }).tokens.acceptHs256).toBe(true);
    // Plain http for a local identity provider, outside production only.
    expect(loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_JWKS_URL: "http://127.0.0.1:8080/jwks", ...idp }).tokens.jwksUrl).toBe("http://127.0.0.1:8080/jwks");
    expect(() => loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_JWKS_URL: "ftp://idp/jwks", ...idp })).toThrow('SERIALHUB_JWKS_URL must be an https:// URL, got protocol "ftp:"');
    let error: unknown;
    try {
      loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_JWKS_URL: "http://idp/jwks", NODE_ENV: "production", SERIALHUB_JWT_CLOCK_SKEW: "3600", ...idp });
    } catch (caught) {
      error = caught;
    }
    expect((error as ConfigError).problems).toEqual([
      'SERIALHUB_JWKS_URL must be an https:// URL, got protocol "http:"',
      'SERIALHUB_JWT_CLOCK_SKEW must be a whole number of seconds from 0 to 300, got "3600"',
    ]);
  });

  it("requires an issuer and an audience with a JWKS URL: the identity provider's keys sign other applications' tokens too", () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_JWKS_URL: "https://idp.example.com/jwks", ...env });
        return [];
      } catch (caught) {
        return (caught as ConfigError).problems;
      }
    };
    const why = "too: without them, tokens the identity provider issues for other applications would be accepted";
    expect(problems({})).toEqual([`SERIALHUB_JWKS_URL needs SERIALHUB_JWT_ISSUER and SERIALHUB_JWT_AUDIENCE ${why}`]);
    expect(problems({ SERIALHUB_JWT_ISSUER: "https://idp.example.com/" })).toEqual([`SERIALHUB_JWKS_URL needs SERIALHUB_JWT_AUDIENCE ${why}`]);
    expect(problems({ SERIALHUB_JWT_AUDIENCE: " , " })).toEqual([`SERIALHUB_JWKS_URL needs SERIALHUB_JWT_ISSUER and SERIALHUB_JWT_AUDIENCE ${why}`]);
    expect(problems({ SERIALHUB_JWT_AUDIENCE: "serialhub", SERIALHUB_JWT_SECRET: "s".repeat(40) })).toEqual([`SERIALHUB_JWKS_URL needs SERIALHUB_JWT_ISSUER ${why}`]);
    expect(problems({ SERIALHUB_JWT_ISSUER: "https://idp.example.com/", SERIALHUB_JWT_AUDIENCE: "serialhub" })).toEqual([]);
    // Without a JWKS URL (HS256 tokens the hub mints itself) both stay optional.
    expect(loadConfig({ SERIALHUB_HOME: home() }).tokens).toMatchObject({ issuer: undefined, audience: undefined });
  });

  it("turns introspection on by default only for the embedded database outside production", () => {
    expect(loadConfig({ SERIALHUB_HOME: home() }).introspection).toBe(true);
    expect(loadConfig({ SERIALHUB_HOME: home(), NODE_ENV: "production" }).introspection).toBe(false);
    expect(loadConfig({ SERIALHUB_HOME: home(), DATABASE_URL: "postgres://u@db/hub" }).introspection).toBe(false);
    expect(loadConfig({ SERIALHUB_HOME: home(), DATABASE_URL: "postgres://u@db/hub", SERIALHUB_INTROSPECTION: "true" }).introspection).toBe(true);
    expect(loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_INTROSPECTION: "off" }).introspection).toBe(false);
  });

  it("reads the operation limits and the persisted-operations manifest", () => {
    const defaults = loadConfig({ SERIALHUB_HOME: home() });
    expect(defaults.limits).toEqual(DEFAULT_OPERATION_LIMITS);
    expect(defaults.persistedOperations).toBeUndefined();
    const custom = loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_MAX_DEPTH: "6", SERIALHUB_MAX_COST: "100000", SERIALHUB_PERSISTED_OPERATIONS: "on" });
    expect(custom.limits).toEqual({ ...DEFAULT_OPERATION_LIMITS, maxDepth: 6, maxCost: 100000 });
    expect(custom.persistedOperations).toMatch(/gateway\/limits\/public-operations\.json$/);
    expect(loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_PERSISTED_OPERATIONS: "off" }).persistedOperations).toBeUndefined();
    let error: unknown;
    try {
      loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_MAX_ALIASES: "0", SERIALHUB_MAX_BATCH: "ten", SERIALHUB_PERSISTED_OPERATIONS: "/nowhere/manifest.json" });
    } catch (caught) {
      error = caught;
    }
    expect((error as ConfigError).problems).toEqual([
      'SERIALHUB_MAX_ALIASES must be a whole number of at least 1, got "0"',
      'SERIALHUB_MAX_BATCH must be a whole number of at least 1, got "ten"',
      "SERIALHUB_PERSISTED_OPERATIONS names no file: /nowhere/manifest.json",
    ]);
  });

  it("runs the Rust query planner unless told js, and names a planner it does not know", () => {
    expect(loadConfig({ SERIALHUB_HOME: home() }).queryPlanner).toBe("rust");
    expect(loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_QUERY_PLANNER: "JS" }).queryPlanner).toBe("js");
    expect(() => loadConfig({ SERIALHUB_HOME: home(), SERIALHUB_QUERY_PLANNER: "java" })).toThrow('SERIALHUB_QUERY_PLANNER must be one of rust, js, got "java"');
  });
});
