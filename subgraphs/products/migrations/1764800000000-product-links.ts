import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProductLinks1764800000000 implements MigrationInterface {
  name = "ProductLinks1764800000000";

  async up(runner: QueryRunner): Promise<void> {
    // What the Digital Link resolver offers for the product (linkset), and the picture on the verification page.
    await runner.query(`ALTER TABLE products.products ADD COLUMN links jsonb NOT NULL DEFAULT '[]', ADD COLUMN image text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE products.products DROP COLUMN links, DROP COLUMN image`);
  }
}
