import type { MigrationInterface, QueryRunner } from "typeorm";

export class EpcisQuery1764300000100 implements MigrationInterface {
  name = "EpcisQuery1764300000100";

  async up(runner: QueryRunner): Promise<void> {
    // GET /epcis/events pages a tenant's events in (event_time, event_id) order; the primary
    // key (tenant_id, event_id) cannot serve that order or an eventTime range.
    await runner.query(`CREATE INDEX events_tenant_time ON serials.events (tenant_id, event_time, event_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX serials.events_tenant_time`);
  }
}
