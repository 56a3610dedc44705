import type { DataSource } from "typeorm";
import type { ProblemKind } from "../../../web/pages/verify-model";
import { VERIFICATION_SCAN_BIZ_STEP } from "../rules/rule-event";
import type { ProblemReport } from "./problem-report.types";

export interface NewProblemReport {
  gtin: string;
  serial: string;
  lot: string | null;
  expiry: string | null;
  kind: ProblemKind;
  message: string | null;
  contact: string | null;
  country: string | null;
  client: string;
  scanId: string | null;
}

interface Row {
  id: string;
  gtin: string;
  serial: string;
  lot: string | null;
  expiry: string | null;
  kind: ProblemKind;
  message: string | null;
  contact: string | null;
  country: string | null;
  scan_event_id: string | null;
  created_at: Date;
}

const toReport = (row: Row): ProblemReport => ({
  id: row.id,
  gtin: row.gtin,
  serial: row.serial,
  lot: row.lot,
  expiry: row.expiry,
  kind: row.kind,
  message: row.message,
  contact: row.contact,
  country: row.country,
  scanEventId: row.scan_event_id,
  createdAt: row.created_at,
});

/** Problem reports, and the scan counts the dashboard's map shows. */
export class ProblemReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a report; its scan is found among the unit's verification scans by the page's scan id. */
  async insert(tenantId: string, report: NewProblemReport): Promise<{ id: string; receivedAt: Date }> {
    const [row]: { id: string; created_at: Date }[] = await this.dataSource.query(
      `INSERT INTO serials.problem_reports (tenant_id, gtin, serial, lot, expiry, kind, message, contact, country, client, scan_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (
         SELECT e.event_id FROM serials.event_serials es JOIN serials.events e USING (tenant_id, event_id)
         WHERE es.tenant_id = $1 AND es.gtin = $2 AND es.serial = $3 AND $11::text IS NOT NULL
           AND e.biz_step = $12 AND e.body -> 'serialhub:verificationScan' ->> 'requestId' = $11
         ORDER BY es.event_time DESC LIMIT 1))
       RETURNING id, created_at`,
      [tenantId, report.gtin, report.serial, report.lot, report.expiry, report.kind, report.message, report.contact, report.country, report.client, report.scanId, VERIFICATION_SCAN_BIZ_STEP],
    );
    return { id: row.id, receivedAt: row.created_at };
  }

  async countSince(client: string, since: Date): Promise<number> {
    const [row]: { n: string }[] = await this.dataSource.query(`SELECT count(*) AS n FROM serials.problem_reports WHERE client = $1 AND created_at >= $2`, [client, since]);
    return Number(row.n);
  }

  /** Newest first; `after` is the (created_at, id) of the previous page's last row. */
  async page(tenantId: string, gtin: string | null, limit: number, after?: [string, string]): Promise<ProblemReport[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT id, gtin, serial, lot, to_char(expiry, 'YYYY-MM-DD') AS expiry, kind, message, contact, country, scan_event_id, created_at
       FROM serials.problem_reports
       WHERE tenant_id = $1 AND ($2::text IS NULL OR gtin = $2) AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $5`,
      [tenantId, gtin, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return rows.map(toReport);
  }

  /** Consumer verification scans by country since a time. */
  async scansByCountry(tenantId: string, since: Date): Promise<{ country: string | null; count: number }[]> {
    const rows: { country: string | null; n: string }[] = await this.dataSource.query(
      `SELECT country, count(*) AS n FROM serials.events
       WHERE tenant_id = $1 AND biz_step = $2 AND event_time >= $3 GROUP BY country ORDER BY count(*) DESC`,
      [tenantId, VERIFICATION_SCAN_BIZ_STEP, since],
    );
    return rows.map((row) => ({ country: row.country, count: Number(row.n) }));
  }
}
