import { mkdtempSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "../log/logger";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres";
import { TEST_SERVER_ENV } from "./test-database";

declare global {
  var __SERIALHUB_PG__: EmbeddedPostgres | undefined;
  var __SERIALHUB_PG_HOME__: string | undefined;
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Tests use DATABASE_URL when it is set, else an embedded PostgreSQL started once for the
 * whole run on a free port in a throwaway directory.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env[TEST_SERVER_ENV] = process.env.DATABASE_URL;
    return;
  }
  const home = mkdtempSync(join(tmpdir(), "serialhub-test-"));
  const port = await freePort();
  const pg = await startEmbeddedPostgres(home, port, createLogger(false));
  globalThis.__SERIALHUB_PG__ = pg;
  globalThis.__SERIALHUB_PG_HOME__ = home;
  process.env[TEST_SERVER_ENV] = pg.url;
}
