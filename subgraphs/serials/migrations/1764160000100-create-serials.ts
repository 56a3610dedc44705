import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateSerials1764160000100 implements MigrationInterface {
  name = "CreateSerials1764160000100";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE serials.serials (
        tenant_id text NOT NULL,
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        status text NOT NULL,
        commissioned_at timestamptz,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        last_event_time timestamptz,
        last_event_id text,
        last_biz_step text,
        last_disposition text,
        last_read_point text,
        last_biz_location text,
        last_country text,
        parent_id text,
        PRIMARY KEY (tenant_id, gtin, serial)
      )`);
    await runner.query(`
      CREATE TABLE serials.events (
        tenant_id text NOT NULL,
        event_id text NOT NULL,
        event_type text NOT NULL,
        action text,
        biz_step text,
        disposition text,
        event_time timestamptz NOT NULL,
        event_time_zone_offset text NOT NULL,
        record_time timestamptz NOT NULL DEFAULT now(),
        read_point text,
        biz_location text,
        country text,
        parent_id text,
        retracted_at timestamptz,
        error_declaration jsonb,
        body jsonb NOT NULL,
        PRIMARY KEY (tenant_id, event_id)
      )`);
    // Which serials an event names: the history of one unit is a range scan of this index.
    await runner.query(`
      CREATE TABLE serials.event_serials (
        tenant_id text NOT NULL,
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        event_time timestamptz NOT NULL,
        event_id text NOT NULL,
        role text NOT NULL,
        PRIMARY KEY (tenant_id, gtin, serial, event_time, event_id)
      )`);
    await runner.query(`
      CREATE TABLE serials.anomalies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id text NOT NULL,
        kind text NOT NULL,
        severity text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN',
        detected_at timestamptz NOT NULL DEFAULT now(),
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        event_ids text[] NOT NULL,
        hint text NOT NULL
      )`);
    await runner.query(`CREATE INDEX anomalies_tenant_detected ON serials.anomalies (tenant_id, detected_at DESC, id)`);
    await runner.query(`CREATE INDEX anomalies_tenant_serial ON serials.anomalies (tenant_id, gtin, serial)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE serials.anomalies`);
    await runner.query(`DROP TABLE serials.event_serials`);
    await runner.query(`DROP TABLE serials.events`);
    await runner.query(`DROP TABLE serials.serials`);
  }
}
