import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Targeted recalls: one GTIN, a scope that is any union of serial ranges, lots, explicit serial
 * lists and a production window, every version of that scope kept with who set it and when.
 */
export class RecallScopes1764700000300 implements MigrationInterface {
  name = "RecallScopes1764700000300";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE recalls.recalls
        ADD COLUMN gtin char(14),
        ADD COLUMN instructions text NOT NULL DEFAULT '',
        ADD COLUMN severity text,
        ADD COLUMN markets text[] NOT NULL DEFAULT '{}',
        ADD COLUMN affected_count integer,
        ADD COLUMN scope_version integer NOT NULL DEFAULT 1,
        ADD COLUMN opened_by text,
        ADD COLUMN closed_by text`);
    await runner.query(`UPDATE recalls.recalls r SET gtin = (SELECT min(s.gtin) FROM recalls.recall_scopes s WHERE s.recall_id = r.id)`);
    await runner.query(`CREATE INDEX recalls_tenant_gtin ON recalls.recalls (tenant_id, gtin, opened_at DESC)`);
    // The current scope, one row per part, so Serial.recalls matches a unit in one statement.
    // A serial list is a set of serials (recalls.serial_lists); a window row has a produced bound.
    await runner.query(`
      ALTER TABLE recalls.recall_scopes
        ADD COLUMN list_id uuid,
        ADD COLUMN produced_from timestamptz,
        ADD COLUMN produced_to timestamptz`);
    // Explicit serials, up to 1,000,000 per recall: given inline or uploaded as CSV, never changed.
    await runner.query(`
      CREATE TABLE recalls.serial_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id text NOT NULL,
        gtin char(14) NOT NULL,
        source text NOT NULL,
        serial_count integer NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE recalls.serial_list_items (
        list_id uuid NOT NULL REFERENCES recalls.serial_lists (id) ON DELETE CASCADE,
        serial text NOT NULL,
        PRIMARY KEY (list_id, serial)
      )`);
    // Audit: every scope a recall has had, and its opening and closing.
    await runner.query(`
      CREATE TABLE recalls.recall_scope_versions (
        tenant_id text NOT NULL,
        recall_id uuid NOT NULL REFERENCES recalls.recalls (id) ON DELETE CASCADE,
        version integer NOT NULL,
        change text NOT NULL,
        scope jsonb NOT NULL,
        affected_count integer,
        changed_by text NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (recall_id, version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE recalls.recall_scope_versions, recalls.serial_list_items, recalls.serial_lists`);
    await runner.query(`ALTER TABLE recalls.recall_scopes DROP COLUMN list_id, DROP COLUMN produced_from, DROP COLUMN produced_to`);
    await runner.query(`DROP INDEX recalls.recalls_tenant_gtin`);
    await runner.query(`ALTER TABLE recalls.recalls DROP COLUMN gtin, DROP COLUMN instructions, DROP COLUMN severity, DROP COLUMN markets,
      DROP COLUMN affected_count, DROP COLUMN scope_version, DROP COLUMN opened_by, DROP COLUMN closed_by`);
  }
}
