import type { DataSource } from "typeorm";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import { SaleRecord } from "./sale.entity";

export class SaleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a registration; a second registration of the same sale event keeps the first. */
  async insert(sale: SaleRecord): Promise<void> {
    await this.dataSource.createQueryBuilder().insert().into(SaleRecord).values(sale).orIgnore().execute();
  }

  /** Registrations of these serials events, for enriching the sales serials reports. */
  forEvents(tenantId: string, eventIds: readonly string[]): Promise<SaleRecord[]> {
    if (eventIds.length === 0) {
      return Promise.resolve([]);
    }
    return this.dataSource.getRepository(SaleRecord).createQueryBuilder("s").where("s.tenant_id = :tenantId AND s.event_id = ANY(:eventIds)", { tenantId, eventIds }).getMany();
  }

  /** Every registration of these units, oldest first. */
  forUnits(tenantId: string, keys: readonly SerialKey[]): Promise<SaleRecord[]> {
    const [gtins, serials] = keyColumns(keys);
    return this.dataSource
      .getRepository(SaleRecord)
      .createQueryBuilder("s")
      .where("s.tenant_id = :tenantId", { tenantId })
      .andWhere("(s.gtin, s.serial) IN (SELECT * FROM unnest(:gtins::char(14)[], :serials::text[]))", { gtins, serials })
      .orderBy("s.soldAt")
      .getMany();
  }
}
