import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The units an event names, by event id: live feeds read them for every announced batch of
 * ids, and retractions for the events they retract. The primary key leads with the unit.
 */
export class EventSerialsByEvent1764500000100 implements MigrationInterface {
  name = "EventSerialsByEvent1764500000100";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX event_serials_tenant_event ON serials.event_serials (tenant_id, event_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX serials.event_serials_tenant_event`);
  }
}
