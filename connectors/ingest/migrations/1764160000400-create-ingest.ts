import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateIngest1764160000400 implements MigrationInterface {
  name = "CreateIngest1764160000400";

  async up(runner: QueryRunner): Promise<void> {
    // Every verified delivery, stored before it is acknowledged; the key makes redelivery a no-op.
    await runner.query(`
      CREATE TABLE ingest.inbox (
        tenant_id text NOT NULL,
        connector text NOT NULL,
        delivery_id text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        headers jsonb NOT NULL,
        body bytea NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        done_at timestamptz,
        PRIMARY KEY (tenant_id, connector, delivery_id)
      )`);
    await runner.query(`CREATE INDEX inbox_pending ON ingest.inbox (next_attempt_at) WHERE status = 'pending'`);
    await runner.query(`
      CREATE TABLE ingest.rejected (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id text NOT NULL,
        connector text NOT NULL,
        delivery_id text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        headers jsonb NOT NULL,
        body bytea NOT NULL,
        path text NOT NULL,
        reason text NOT NULL
      )`);
    await runner.query(`CREATE INDEX rejected_tenant ON ingest.rejected (tenant_id, received_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ingest.rejected`);
    await runner.query(`DROP TABLE ingest.inbox`);
  }
}
