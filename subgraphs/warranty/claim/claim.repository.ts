import type { DataSource, EntityManager } from "typeorm";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import { ClaimStatus } from "./claim-enums";
import { WarrantyClaim } from "./claim.entity";

const UNIQUE_VIOLATION = "23505";

export interface ClaimQuery {
  serviceCentre?: string;
  statuses?: ClaimStatus[];
  gtin?: string;
}

export class ClaimRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores a claim. An OPEN claim that meets another open claim of the unit (two centres at
   * the same moment) is refused by the unique index: the caller gets false and decides again.
   */
  async insert(claim: WarrantyClaim): Promise<boolean> {
    try {
      await this.dataSource.getRepository(WarrantyClaim).insert(claim);
      return true;
    } catch (error) {
      const failure = error as { code?: string; driverError?: { code?: string } };
      if ((failure.driverError?.code ?? failure.code) === UNIQUE_VIOLATION) {
        return false;
      }
      throw error;
    }
  }

  /** Every claim of these units, oldest first. */
  forUnits(tenantId: string, keys: readonly SerialKey[]): Promise<WarrantyClaim[]> {
    const [gtins, serials] = keyColumns(keys);
    return this.dataSource
      .getRepository(WarrantyClaim)
      .createQueryBuilder("c")
      .where("c.tenant_id = :tenantId", { tenantId })
      .andWhere("(c.gtin, c.serial) IN (SELECT * FROM unnest(:gtins::char(14)[], :serials::text[]))", { gtins, serials })
      .orderBy("c.openedAt")
      .addOrderBy("c.id")
      .getMany();
  }

  byId(tenantId: string, id: string): Promise<WarrantyClaim | null> {
    return this.dataSource.getRepository(WarrantyClaim).findOneBy({ tenantId, id });
  }

  /** Closes an open claim; false when it was not open. */
  async close(tenantId: string, id: string, resolution: string, repairId: string | null, manager: Pick<EntityManager, "query"> = this.dataSource): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `WITH closed AS (
         UPDATE warranty.claims SET status = $3, closed_at = now(), resolution = $4, repair_id = $5
         WHERE tenant_id = $1 AND id = $2 AND status = 'OPEN' RETURNING id)
       SELECT id FROM closed`,
      [tenantId, id, ClaimStatus.CLOSED, resolution, repairId],
    );
    return rows.length === 1;
  }

  /** Newest first; `after` is the [openedAt, id] of the previous page's last. */
  page(tenantId: string, filter: ClaimQuery, limit: number, after?: [string, string]): Promise<WarrantyClaim[]> {
    const query = this.dataSource.getRepository(WarrantyClaim).createQueryBuilder("c").where("c.tenant_id = :tenantId", { tenantId });
    if (filter.serviceCentre !== undefined) {
      query.andWhere("c.service_centre = :centre", { centre: filter.serviceCentre });
    }
    if (filter.statuses?.length) {
      query.andWhere("c.status = ANY(:statuses)", { statuses: filter.statuses });
    }
    if (filter.gtin) {
      query.andWhere("c.gtin = :gtin", { gtin: filter.gtin });
    }
    if (after) {
      query.andWhere("(c.opened_at, c.id) < (:time::timestamptz, :id::uuid)", { time: after[0], id: after[1] });
    }
    return query.orderBy("c.openedAt", "DESC").addOrderBy("c.id", "DESC").limit(limit).getMany();
  }
}
