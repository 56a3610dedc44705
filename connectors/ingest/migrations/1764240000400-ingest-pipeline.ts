import type { MigrationInterface, QueryRunner } from "typeorm";

export class IngestPipeline1764240000400 implements MigrationInterface {
  name = "IngestPipeline1764240000400";

  async up(runner: QueryRunner): Promise<void> {
    // The inbox row is also the capture job of /epcis/capture: its id is the capture id.
    await runner.query(`
      ALTER TABLE ingest.inbox
        ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
        ADD COLUMN lease_until timestamptz,
        ADD COLUMN events integer,
        ADD COLUMN outcome jsonb`);
    await runner.query(`CREATE UNIQUE INDEX inbox_id ON ingest.inbox (id)`);
    await runner.query(`DROP INDEX ingest.inbox_pending`);
    await runner.query(`CREATE INDEX inbox_due ON ingest.inbox (next_attempt_at, received_at) WHERE status = 'pending'`);
    await runner.query(`ALTER TABLE ingest.rejected ADD COLUMN replayed_at timestamptz, ADD COLUMN replay_result text`);
    // Per tenant and connector: the secrets (sealed; several while rotating) and options.
    await runner.query(`
      CREATE TABLE ingest.connector_configs (
        tenant_id text NOT NULL,
        connector text NOT NULL,
        sealed_secrets bytea NOT NULL,
        options jsonb NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, connector)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ingest.connector_configs`);
    await runner.query(`ALTER TABLE ingest.rejected DROP COLUMN replayed_at, DROP COLUMN replay_result`);
    await runner.query(`DROP INDEX ingest.inbox_due`);
    await runner.query(`CREATE INDEX inbox_pending ON ingest.inbox (next_attempt_at) WHERE status = 'pending'`);
    await runner.query(`DROP INDEX ingest.inbox_id`);
    await runner.query(`ALTER TABLE ingest.inbox DROP COLUMN id, DROP COLUMN lease_until, DROP COLUMN events, DROP COLUMN outcome`);
  }
}
