import { randomBytes } from "node:crypto";
import { Client } from "pg";

/** Set by globalSetup: a server URL on which tests may create and drop databases. */
export const TEST_SERVER_ENV = "SERIALHUB_TEST_SERVER_URL";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env[TEST_SERVER_ENV];
  if (!url) {
    throw new Error(`${TEST_SERVER_ENV} is not set: run tests through jest (globalSetup provides it).`);
  }
  return url;
}

/** A fresh, empty database for one test file, so files run in parallel without sharing rows. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = new URL(serverUrl());
  const name = `serialhub_test_${randomBytes(6).toString("hex")}`;
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new Client({ connectionString: admin.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
