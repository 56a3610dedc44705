import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateWarranty1764160000200 implements MigrationInterface {
  name = "CreateWarranty1764160000200";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE warranty.coverages (
        tenant_id text NOT NULL,
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        voided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, gtin, serial),
        CHECK (ends_on >= starts_on)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE warranty.coverages`);
  }
}
