import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "../log/logger";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres";
import { TEST_SERVER_ENV } from "./test-database";
import { freePort } from "./ports";

declare global {
  var __SERIALHUB_PG__: EmbeddedPostgres | undefined;
  var __SERIALHUB_PG_HOME__: string | undefined;
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
