import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../paths";

/**
 * The compiled hub as its own process (`node dist/main.js`), for tests that signal or kill
 * it. Type errors elsewhere in the tree do not stop tsc from emitting, so the build is
 * judged by its output: a missing dist/main.js fails with tsc's messages.
 */
export function buildHub(): void {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  if (!existsSync(join(PROJECT_ROOT, "dist/main.js"))) {
    throw new Error(`The build produced no dist/main.js:\n${result.stdout}${result.stderr}`);
  }
}

export interface HubProcess {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
}

export function startHubProcess(env: Record<string, string>, args: string[] = []): HubProcess {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, "dist/main.js"), ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Waits until the front door answers /readyz with 200 (every service and its database up). */
export async function waitUntilReady(url: string, hub: HubProcess, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (hub.child.exitCode !== null || hub.child.signalCode !== null) {
      throw new Error(`The hub exited early:\n${hub.output()}`);
    }
    if (await fetch(`${url}/readyz`).then((response) => response.ok, () => false)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The hub did not become ready:\n${hub.output()}`);
}

/** What a test needs to run `node dist/main.js` on its own database: the environment and the token secret. */
export function hubProcessEnv(port: number, databaseUrl: string, home: string, logLevel: string): { env: Record<string, string>; jwtSecret: string } {
  const jwtSecret = randomBytes(32).toString("hex");
  return {
    jwtSecret,
    env: {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SERIALHUB_HOME: home,
      SERIALHUB_JWT_SECRET: jwtSecret,
      SERIALHUB_UPSTREAM_SECRET: randomBytes(32).toString("hex"),
      SERIALHUB_MASTER_KEY: randomBytes(32).toString("hex"),
      LOG_LEVEL: logLevel,
    },
  };
}
