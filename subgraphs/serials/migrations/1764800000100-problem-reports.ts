import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProblemReports1764800000100 implements MigrationInterface {
  name = "ProblemReports1764800000100";

  async up(runner: QueryRunner): Promise<void> {
    // What consumers and inspectors report from the verification page, tied to their scan.
    await runner.query(`
      CREATE TABLE serials.problem_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tenant_id text NOT NULL,
        gtin char(14) NOT NULL,
        serial text NOT NULL,
        lot text,
        expiry date,
        scan_event_id text,
        kind text NOT NULL,
        message text,
        contact text,
        country text,
        client text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX problem_reports_tenant ON serials.problem_reports (tenant_id, created_at DESC, id)`);
    // Reports are anonymous: a per-client count over the last hour keeps a flood out.
    await runner.query(`CREATE INDEX problem_reports_client ON serials.problem_reports (client, created_at)`);
    // Consumer scans by country for the dashboard's map.
    await runner.query(`CREATE INDEX events_tenant_scans ON serials.events (tenant_id, event_time) WHERE biz_step = 'urn:serialhub:bizstep:verification-scan'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX serials.events_tenant_scans`);
    await runner.query(`DROP TABLE serials.problem_reports`);
  }
}
