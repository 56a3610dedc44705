import type { MigrationInterface, QueryRunner } from "typeorm";

export class SerialPolicy1764200000000 implements MigrationInterface {
  name = "SerialPolicy1764200000000";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE products.products
        ADD COLUMN serial_length smallint CHECK (serial_length BETWEEN 1 AND 20),
        ADD COLUMN serial_alphabet text,
        ADD COLUMN serial_mode text CHECK (serial_mode IN ('RANDOM', 'ENCRYPTED_COUNTER'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE products.products DROP COLUMN serial_length, DROP COLUMN serial_alphabet, DROP COLUMN serial_mode`);
  }
}
