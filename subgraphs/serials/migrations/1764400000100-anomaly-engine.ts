import type { MigrationInterface, QueryRunner } from "typeorm";

export class AnomalyEngine1764400000100 implements MigrationInterface {
  name = "AnomalyEngine1764400000100";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE serials.anomalies
        ADD COLUMN rule_version int NOT NULL DEFAULT 1,
        ADD COLUMN dedupe_key text,
        ADD COLUMN closed_reason text,
        ADD COLUMN note text,
        ADD COLUMN country text,
        ADD COLUMN lot text,
        ADD COLUMN source text,
        ADD COLUMN updated_at timestamptz`);
    // The triage and severity vocabularies of the rule catalogue replace the first ones.
    await runner.query(`UPDATE serials.anomalies SET dedupe_key = id::text,
      status = CASE status WHEN 'OPEN' THEN 'NEW' WHEN 'RESOLVED' THEN 'CLOSED' ELSE status END,
      severity = CASE severity WHEN 'LOW' THEN 'INFO' WHEN 'MEDIUM' THEN 'WARNING' WHEN 'HIGH' THEN 'ALERT' ELSE severity END`);
    await runner.query(`ALTER TABLE serials.anomalies ALTER COLUMN dedupe_key SET NOT NULL, ALTER COLUMN status SET DEFAULT 'NEW'`);
    await runner.query(`CREATE UNIQUE INDEX anomalies_dedupe ON serials.anomalies (tenant_id, dedupe_key)`);
    await runner.query(`CREATE INDEX anomalies_tenant_kind ON serials.anomalies (tenant_id, kind, detected_at DESC)`);
    // What the rules remember about a unit between batches (scan sessions, last observation, …).
    await runner.query(`ALTER TABLE serials.serials ADD COLUMN rule_memory jsonb`);
    // Children follow their container: finding them by parent is an index scan.
    await runner.query(`CREATE INDEX serials_parent ON serials.serials (tenant_id, parent_id) WHERE parent_id IS NOT NULL`);
    // What is packed in what, by EPC as events spell it: moving a pallet moves its cases and their units.
    await runner.query(`
      CREATE TABLE serials.container_links (
        tenant_id text NOT NULL,
        child text NOT NULL,
        parent text NOT NULL,
        gtin char(14),
        serial text,
        PRIMARY KEY (tenant_id, child)
      )`);
    await runner.query(`CREATE INDEX container_links_parent ON serials.container_links (tenant_id, parent)`);
    // Thresholds: gtin '' is the tenant default, a GTIN row overrides it for that product.
    await runner.query(`
      CREATE TABLE serials.rule_settings (
        tenant_id text NOT NULL,
        gtin text NOT NULL,
        settings jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, gtin)
      )`);
    // Verification lookups per client, for SERIAL_ENUMERATION; old rows are pruned as they age out.
    await runner.query(`
      CREATE TABLE serials.lookups (
        tenant_id text NOT NULL,
        gtin char(14) NOT NULL,
        client text NOT NULL,
        known boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX lookups_client ON serials.lookups (tenant_id, gtin, client, at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE serials.lookups`);
    await runner.query(`DROP TABLE serials.container_links`);
    await runner.query(`DROP TABLE serials.rule_settings`);
    await runner.query(`DROP INDEX serials.serials_parent`);
    await runner.query(`ALTER TABLE serials.serials DROP COLUMN rule_memory`);
    await runner.query(`DROP INDEX serials.anomalies_tenant_kind`);
    await runner.query(`DROP INDEX serials.anomalies_dedupe`);
    await runner.query(`ALTER TABLE serials.anomalies DROP COLUMN rule_version, DROP COLUMN dedupe_key, DROP COLUMN closed_reason,
      DROP COLUMN note, DROP COLUMN country, DROP COLUMN lot, DROP COLUMN source, DROP COLUMN updated_at`);
  }
}
