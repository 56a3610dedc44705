import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProductSkus1764240000000 implements MigrationInterface {
  name = "ProductSkus1764240000000";

  async up(runner: QueryRunner): Promise<void> {
    // Item codes ERPs and warehouses use for the product (SAP material, NetSuite item, WMS SKU).
    await runner.query(`ALTER TABLE products.products ADD COLUMN skus text[] NOT NULL DEFAULT '{}'`);
    await runner.query(`CREATE INDEX products_skus ON products.products USING gin (skus)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE products.products DROP COLUMN skus`);
  }
}
