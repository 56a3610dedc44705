import type { MigrationInterface, QueryRunner } from "typeorm";

export class ApiKeys1765000000400 implements MigrationInterface {
  name = "ApiKeys1765000000400";

  async up(runner: QueryRunner): Promise<void> {
    // API keys for machine clients: the secret is kept only as its SHA-256; the id is the lookup key.
    await runner.query(`
      CREATE TABLE ingest.api_keys (
        id text PRIMARY KEY,
        tenant_id text NOT NULL,
        name text NOT NULL,
        roles text[] NOT NULL,
        secret_hash bytea NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        CHECK (octet_length(secret_hash) = 32),
        CHECK (cardinality(roles) > 0)
      )`);
    await runner.query(`CREATE INDEX api_keys_tenant ON ingest.api_keys (tenant_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ingest.api_keys`);
  }
}
