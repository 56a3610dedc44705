import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
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

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
      .once("error", () => resolve(false))
      .listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

/** A PORT whose whole block (front door, services, embedded PostgreSQL) is free. */
export async function freePortBlock(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const base = 20000 + Math.floor(Math.random() * 30000);
    if ((await Promise.all([0, 1, 2, 3, 4, 10, 32].map((offset) => portFree(base + offset)))).every(Boolean)) {
      return base;
    }
  }
  throw new Error("No free port block.");
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
