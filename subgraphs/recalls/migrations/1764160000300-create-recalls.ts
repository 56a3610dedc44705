import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateRecalls1764160000300 implements MigrationInterface {
  name = "CreateRecalls1764160000300";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE recalls.recalls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id text NOT NULL,
        title text NOT NULL,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN',
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    await runner.query(`CREATE INDEX recalls_tenant_opened ON recalls.recalls (tenant_id, opened_at DESC, id)`);
    // What a recall covers: a whole GTIN, a lot, a serial range or listed serials.
    await runner.query(`
      CREATE TABLE recalls.recall_scopes (
        id bigserial PRIMARY KEY,
        tenant_id text NOT NULL,
        recall_id uuid NOT NULL REFERENCES recalls.recalls (id) ON DELETE CASCADE,
        gtin char(14) NOT NULL,
        lot text,
        serial_from text,
        serial_to text,
        serials text[]
      )`);
    await runner.query(`CREATE INDEX recall_scopes_tenant_gtin ON recalls.recall_scopes (tenant_id, gtin)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE recalls.recall_scopes`);
    await runner.query(`DROP TABLE recalls.recalls`);
  }
}
