import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What warranty owns: registered sales, extensions, claims, repairs, return checks and the
 * tenant's policy. Coverage itself is computed when asked (product terms, the unit's first
 * sale or shipment in serials, extensions, voiding facts), so the skeleton's stored
 * coverage, which nothing wrote, goes.
 */
export class WarrantyRecords1764600000200 implements MigrationInterface {
  name = "WarrantyRecords1764600000200";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE warranty.coverages`);
    await runner.query(`
      CREATE TABLE warranty.sales (
        tenant_id text NOT NULL,
        id uuid NOT NULL,
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        event_id text NOT NULL,
        sold_at timestamptz NOT NULL,
        time_zone_offset text NOT NULL,
        channel text NOT NULL,
        order_ref text NOT NULL,
        customer_ref text,
        country char(2),
        registered_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, event_id)
      )`);
    await runner.query(`CREATE INDEX sales_unit ON warranty.sales (tenant_id, gtin, serial, sold_at)`);
    await runner.query(`
      CREATE TABLE warranty.extensions (
        tenant_id text NOT NULL,
        id uuid NOT NULL,
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        months int NOT NULL CHECK (months BETWEEN 1 AND 120),
        reason text NOT NULL,
        extended_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id)
      )`);
    await runner.query(`CREATE INDEX extensions_unit ON warranty.extensions (tenant_id, gtin, serial)`);
    await runner.query(`
      CREATE TABLE warranty.claims (
        tenant_id text NOT NULL,
        id uuid NOT NULL,
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        service_centre text NOT NULL,
        problem text NOT NULL,
        photos text[] NOT NULL DEFAULT '{}',
        decision text NOT NULL,
        reason text,
        message text NOT NULL,
        status text NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        resolution text,
        repair_id uuid,
        opened_by text NOT NULL,
        PRIMARY KEY (tenant_id, id)
      )`);
    // At most one open claim per unit, even when two centres claim at the same moment.
    await runner.query(`CREATE UNIQUE INDEX claims_one_open ON warranty.claims (tenant_id, gtin, serial) WHERE status = 'OPEN'`);
    await runner.query(`CREATE INDEX claims_unit ON warranty.claims (tenant_id, gtin, serial, opened_at)`);
    await runner.query(`CREATE INDEX claims_centre ON warranty.claims (tenant_id, service_centre, opened_at DESC, id)`);
    await runner.query(`
      CREATE TABLE warranty.repairs (
        tenant_id text NOT NULL,
        id uuid NOT NULL,
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        service_centre text NOT NULL,
        actions text[] NOT NULL,
        accepted boolean NOT NULL,
        flags text[] NOT NULL,
        parts jsonb NOT NULL,
        event_ids text[] NOT NULL,
        claim_id uuid,
        repaired_at timestamptz NOT NULL,
        logged_by text NOT NULL,
        PRIMARY KEY (tenant_id, id)
      )`);
    await runner.query(`CREATE INDEX repairs_unit ON warranty.repairs (tenant_id, gtin, serial, repaired_at)`);
    await runner.query(`
      CREATE TABLE warranty.return_checks (
        tenant_id text NOT NULL,
        id uuid NOT NULL,
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        order_ref text NOT NULL,
        channel text NOT NULL,
        country char(2),
        decision text NOT NULL,
        reasons text[] NOT NULL,
        event_id text,
        checked_at timestamptz NOT NULL,
        checked_by text NOT NULL,
        PRIMARY KEY (tenant_id, id)
      )`);
    await runner.query(`CREATE INDEX return_checks_unit ON warranty.return_checks (tenant_id, gtin, serial, checked_at)`);
    await runner.query(`
      CREATE TABLE warranty.settings (
        tenant_id text NOT NULL,
        gtin text NOT NULL,
        settings jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, gtin)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["settings", "return_checks", "repairs", "claims", "extensions", "sales"]) {
      await runner.query(`DROP TABLE warranty.${table}`);
    }
    await runner.query(`
      CREATE TABLE warranty.coverages (
        tenant_id text NOT NULL, gtin char(14) NOT NULL, serial text NOT NULL, starts_on date NOT NULL, ends_on date NOT NULL,
        voided_at timestamptz, created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, gtin, serial), CHECK (ends_on >= starts_on))`);
  }
}
