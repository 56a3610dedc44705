import type { DataSource } from "typeorm";

export interface VrsSettings {
  responderGln: string;
  requestors: { gln: string; name: string }[];
}

export class VrsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async settings(tenantId: string): Promise<VrsSettings | null> {
    const [settings]: { responder_gln: string }[] = await this.dataSource.query(`SELECT responder_gln FROM serials.vrs_settings WHERE tenant_id = $1`, [
      tenantId,
    ]);
    if (!settings) {
      return null;
    }
    const requestors: { gln: string; name: string }[] = await this.dataSource.query(
      `SELECT gln, name FROM serials.vrs_requestors WHERE tenant_id = $1 ORDER BY gln`,
      [tenantId],
    );
    return { responderGln: settings.responder_gln, requestors };
  }

  /** Replaces the tenant's responder GLN and allow-list in one transaction. */
  async save(tenantId: string, settings: VrsSettings): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO serials.vrs_settings (tenant_id, responder_gln) VALUES ($1, $2)
         ON CONFLICT (tenant_id) DO UPDATE SET responder_gln = excluded.responder_gln`,
        [tenantId, settings.responderGln],
      );
      await manager.query(`DELETE FROM serials.vrs_requestors WHERE tenant_id = $1`, [tenantId]);
      await manager.query(
        `INSERT INTO serials.vrs_requestors (tenant_id, gln, name) SELECT $1, g, n FROM unnest($2::text[], $3::text[]) AS r(g, n)`,
        [tenantId, settings.requestors.map((requestor) => requestor.gln), settings.requestors.map((requestor) => requestor.name)],
      );
    });
  }
}
