import { MoreThan, type DataSource, type Repository } from "typeorm";
import { HubError } from "../../../lib/errors/hub-error";
import { Lot } from "./lot.entity";

export type NewLot = Pick<Lot, "gtin" | "lot" | "expiry" | "productionDate" | "site">;

export class LotRepository {
  private readonly repo: Repository<Lot>;

  constructor(dataSource: DataSource) {
    this.repo = dataSource.getRepository(Lot);
  }

  async create(tenantId: string, lot: NewLot): Promise<Lot> {
    const inserted = await this.repo
      .createQueryBuilder()
      .insert()
      .values({ ...lot, tenantId })
      .orIgnore()
      .returning(["lot"])
      .execute();
    if (inserted.raw.length === 0) {
      throw new HubError("CONFLICT", `Lot "${lot.lot}" of GTIN ${lot.gtin} already exists.`, { field: "input.lot" });
    }
    return this.repo.findOneByOrFail({ gtin: lot.gtin, lot: lot.lot });
  }

  /** Keys are `gtin lot` pairs; one query for the whole batch. */
  async findByKeys(tenantId: string, keys: readonly { gtin: string; lot: string }[]): Promise<Lot[]> {
    if (keys.length === 0) {
      return [];
    }
    return this.repo
      .createQueryBuilder("l")
      .where("l.tenant_id = :tenantId", { tenantId })
      .andWhere("(l.gtin, l.lot) IN (SELECT * FROM unnest(:gtins::char(14)[], :lots::text[]))", {
        gtins: keys.map((key) => key.gtin),
        lots: keys.map((key) => key.lot),
      })
      .getMany();
  }

  pageForProduct(tenantId: string, gtin: string, limit: number, after?: string): Promise<Lot[]> {
    return this.repo.find({
      where: after === undefined ? { tenantId, gtin } : { tenantId, gtin, lot: MoreThan(after) },
      order: { lot: "ASC" },
      take: limit,
    });
  }
}
