import type { MigrationInterface, QueryRunner } from "typeorm";

export class Locations1764400000120 implements MigrationInterface {
  name = "Locations1764400000120";

  async up(runner: QueryRunner): Promise<void> {
    // Location master data for the travel and region rules; id is the canonical Digital Link of GLN + extension.
    await runner.query(`
      CREATE TABLE serials.locations (
        tenant_id text NOT NULL,
        id text NOT NULL,
        name text NOT NULL,
        country char(2) NOT NULL,
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        party text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK ((lat IS NULL) = (lon IS NULL))
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE serials.locations`);
  }
}
