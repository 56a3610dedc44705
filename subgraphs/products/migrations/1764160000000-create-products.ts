import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateProducts1764160000000 implements MigrationInterface {
  name = "CreateProducts1764160000000";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE products.products (
        gtin char(14) PRIMARY KEY CHECK (gtin ~ '^[0-9]{14}$'),
        tenant_id text NOT NULL,
        name text NOT NULL,
        brand text NOT NULL,
        markets text[] NOT NULL DEFAULT '{}',
        warranty_months integer NOT NULL CHECK (warranty_months >= 0),
        company_prefix_length smallint CHECK (company_prefix_length BETWEEN 6 AND 12),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX products_tenant_gtin ON products.products (tenant_id, gtin)`);
    await runner.query(`
      CREATE TABLE products.lots (
        gtin char(14) NOT NULL REFERENCES products.products (gtin),
        lot text NOT NULL,
        tenant_id text NOT NULL,
        expiry date,
        production_date date,
        site text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (gtin, lot)
      )`);
    await runner.query(`CREATE INDEX lots_tenant_gtin_lot ON products.lots (tenant_id, gtin, lot)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE products.lots`);
    await runner.query(`DROP TABLE products.products`);
  }
}
