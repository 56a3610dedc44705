import { MoreThan, type DataSource, type EntityManager, type Repository } from "typeorm";
import { canonicalLocationId } from "./location-id";
import { Location } from "./location.entity";
import type { NewLocation } from "./location.validation";

/** What the rules need of a location. */
export interface LocationPoint {
  /** Canonical id (see canonicalLocationId). */
  id: string;
  country: string;
  lat: number | null;
  lon: number | null;
  party: string | null;
}

/** A DataSource, or the EntityManager of a running transaction. */
export type Queryable = Pick<EntityManager, "query">;

export class LocationRepository {
  private readonly repo: Repository<Location>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(Location);
  }

  /** Creates the location or replaces every field of the one with the same id; created_at is kept. */
  async upsert(tenantId: string, location: NewLocation): Promise<Location> {
    await this.repo.query(
      `INSERT INTO serials.locations (tenant_id, id, name, country, lat, lon, party)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, id) DO UPDATE SET name = EXCLUDED.name, country = EXCLUDED.country, lat = EXCLUDED.lat,
         lon = EXCLUDED.lon, party = EXCLUDED.party, updated_at = now()`,
      [tenantId, location.id, location.name, location.country, location.lat, location.lon, location.party],
    );
    return this.repo.findOneByOrFail({ tenantId, id: location.id });
  }

  /** `id` must be canonical. */
  findOne(tenantId: string, id: string): Promise<Location | null> {
    return this.repo.findOneBy({ tenantId, id });
  }

  /** Ordered by id; `after` is the last id of the previous page. */
  page(tenantId: string, limit: number, after?: string): Promise<Location[]> {
    return this.repo.find({
      where: after === undefined ? { tenantId } : { tenantId, id: MoreThan(after) },
      order: { id: "ASC" },
      take: limit,
    });
  }

  /**
   * The tenant's locations named by `ids`, in one query, keyed by canonical id. Ids may be
   * in any form events carry (SGLN URN, Digital Link, GLN); ids that are not GS1 locations
   * and ids without master data are simply absent from the map.
   */
  async byIds(manager: Queryable, tenantId: string, ids: readonly string[]): Promise<Map<string, LocationPoint>> {
    const canonical = [...new Set(ids.map(canonicalLocationId).filter((id): id is string => id !== null))];
    if (canonical.length === 0) {
      return new Map();
    }
    const rows: LocationPoint[] = await manager.query(
      `SELECT id, country, lat, lon, party FROM serials.locations WHERE tenant_id = $1 AND id = ANY($2::text[])`,
      [tenantId, canonical],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}
