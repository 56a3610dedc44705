import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ENV_VARS, PORT_OFFSETS, SUBGRAPHS } from "../lib/config/config";
import { PROJECT_ROOT } from "../lib/paths";

interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
}

const compose = parse(readFileSync(join(PROJECT_ROOT, "docker-compose.yml"), "utf8"), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const HUB_SERVICES = ["gateway", ...SUBGRAPHS];

describe("docker-compose.yml", () => {
  it("names every service the code expects, plus PostgreSQL 16 and Redis 7", () => {
    expect(Object.keys(compose.services).sort()).toEqual([...HUB_SERVICES, "postgres", "redis"].sort());
    expect(compose.services.postgres.image).toBe("postgres:16");
    expect(compose.services.redis.image).toBe("redis:7");
  });

  it.each(HUB_SERVICES)("runs %s from the one image with its own command", (name) => {
    const service = compose.services[name];
    expect(service.build).toBe(".");
    expect(service.command).toEqual([name]);
  });

  it("wires the services with variables the hub reads, at the ports it derives", () => {
    const environment = compose.services.serials.environment ?? {};
    for (const key of Object.keys(environment)) {
      expect(ENV_VARS).toHaveProperty(key);
    }
    for (const [name, offset] of Object.entries(PORT_OFFSETS)) {
      expect(environment[`SERIALHUB_${name.toUpperCase()}_URL`]).toBe(`http://${name}:${4000 + offset}`);
    }
    expect(environment.DATABASE_URL).toMatch(/@postgres:5432\//);
    expect(environment.REDIS_URL).toBe("redis://redis:6379");
  });

  it("starts the image with the hub's entry point", () => {
    const dockerfile = readFileSync(join(PROJECT_ROOT, "Dockerfile"), "utf8");
    expect(dockerfile).toContain('ENTRYPOINT ["node", "dist/main.js"]');
  });
});
