import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What serials needs to answer recalls set-based, where the units are: each recall's scope
 * predicate (ranges, lots, production window), its explicit serial list, and indexes that make
 * every predicate an index range scan. Membership is evaluated when it is read, never copied
 * per unit: a unit that appears later is covered at once, and opening a recall writes no row
 * per unit (listed serials are stored once, when their list is uploaded).
 */
export class RecallScopes1764700000100 implements MigrationInterface {
  name = "RecallScopes1764700000100";

  async up(runner: QueryRunner): Promise<void> {
    // The part of a recall's scope that depends on unit data, as JSON (recall/unit-scope.ts).
    await runner.query(`
      CREATE TABLE serials.recall_predicates (
        tenant_id text NOT NULL,
        recall_id uuid NOT NULL,
        gtin char(14) NOT NULL,
        status text NOT NULL,
        predicate jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, recall_id)
      )`);
    await runner.query(`CREATE INDEX recall_predicates_open ON serials.recall_predicates (tenant_id, gtin) WHERE status = 'OPEN'`);
    // Explicit serial lists by id (the recalls service sends each list once, as it is uploaded;
    // a predicate names its lists). No foreign key to serials: a listed serial the hub has never
    // seen is covered the moment it appears. Lookups know the list ids, so one index serves all.
    await runner.query(`
      CREATE TABLE serials.recall_list_serials (
        tenant_id text NOT NULL,
        list_id uuid NOT NULL,
        serial text NOT NULL,
        PRIMARY KEY (tenant_id, list_id, serial)
      )`);
    // Scope predicates as index scans: alphanumeric ranges compare same-length serials byte by byte,
    // numeric ranges by value (partial: only all-digit serials have one), then lots and production dates.
    await runner.query(`CREATE INDEX serials_serial_bytes ON serials.serials (tenant_id, gtin, length(serial), serial COLLATE "C")`);
    await runner.query(`
      CREATE INDEX serials_serial_numeric ON serials.serials (tenant_id, gtin, (CASE WHEN serial ~ '^[0-9]+$' THEN serial::numeric END))
      WHERE serial ~ '^[0-9]+$'`);
    await runner.query(`CREATE INDEX serials_lot ON serials.serials (tenant_id, gtin, lot) WHERE lot IS NOT NULL`);
    await runner.query(`CREATE INDEX serials_commissioned ON serials.serials (tenant_id, gtin, commissioned_at) WHERE commissioned_at IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX serials.serials_commissioned, serials.serials_lot, serials.serials_serial_numeric, serials.serials_serial_bytes`);
    await runner.query(`DROP TABLE serials.recall_list_serials, serials.recall_predicates`);
  }
}
