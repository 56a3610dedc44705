import { rmSync } from "node:fs";

export default async function globalTeardown(): Promise<void> {
  await globalThis.__SERIALHUB_PG__?.stop();
  if (globalThis.__SERIALHUB_PG_HOME__) {
    rmSync(globalThis.__SERIALHUB_PG_HOME__, { recursive: true, force: true });
  }
}
