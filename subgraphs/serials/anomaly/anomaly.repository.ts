import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { AnomalyStatus, type AnomalyKind, type AnomalySeverity } from "./anomaly-kind";
import { Anomaly } from "./anomaly.entity";

export interface AnomalyDraft {
  kind: AnomalyKind;
  severity: AnomalySeverity;
  gtin: string;
  serial: string;
  eventIds: string[];
  hint: string;
}

export interface AnomalyQuery {
  gtin?: string;
  kinds?: AnomalyKind[];
}

export class AnomalyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Ids and detection time are set here, so the stored rows and the published ones agree without a read back. */
  async insert(manager: EntityManager, tenantId: string, drafts: readonly AnomalyDraft[]): Promise<Anomaly[]> {
    if (drafts.length === 0) {
      return [];
    }
    const detectedAt = new Date();
    const anomalies = drafts.map((draft) =>
      Object.assign(new Anomaly(), { ...draft, id: randomUUID(), tenantId, detectedAt, status: AnomalyStatus.OPEN }),
    );
    await manager.query(
      `INSERT INTO serials.anomalies (id, tenant_id, kind, severity, status, detected_at, gtin, serial, event_ids, hint)
       SELECT r.id, $1, r.kind, r.severity, r.status, r.detected_at, r.gtin, r.serial, r.event_ids, r.hint
       FROM jsonb_to_recordset($2::jsonb) AS r(id uuid, kind text, severity text, status text, detected_at timestamptz,
         gtin char(14), serial text, event_ids text[], hint text)`,
      [
        tenantId,
        JSON.stringify(
          anomalies.map((a) => ({
            id: a.id,
            kind: a.kind,
            severity: a.severity,
            status: a.status,
            detected_at: a.detectedAt,
            gtin: a.gtin,
            serial: a.serial,
            event_ids: a.eventIds,
            hint: a.hint,
          })),
        ),
      ],
    );
    return anomalies;
  }

  /** Newest first; `after` is the [detectedAt, id] of the previous page's last. */
  page(tenantId: string, filter: AnomalyQuery, limit: number, after?: [string, string]): Promise<Anomaly[]> {
    const query = this.dataSource.getRepository(Anomaly).createQueryBuilder("a").where("a.tenant_id = :tenantId", { tenantId });
    if (filter.gtin) {
      query.andWhere("a.gtin = :gtin", { gtin: filter.gtin });
    }
    if (filter.kinds?.length) {
      query.andWhere("a.kind = ANY(:kinds)", { kinds: filter.kinds });
    }
    if (after) {
      query.andWhere("(a.detected_at, a.id) < (:time::timestamptz, :id::uuid)", { time: after[0], id: after[1] });
    }
    return query.orderBy("a.detected_at", "DESC").addOrderBy("a.id", "DESC").limit(limit).getMany();
  }
}
