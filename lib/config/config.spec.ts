import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig } from "./config";

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
});
