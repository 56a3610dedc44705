import type { DataSource, EntityManager } from "typeorm";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import { WarrantyRepair } from "./repair.entity";

export class RepairRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores a repair, runs `within` in the same transaction (closing its claim, recording its
   * events in serials) and commits only if that succeeds: a repair whose part swap could not
   * be recorded leaves nothing behind.
   */
  async record<T>(repair: WarrantyRepair, within: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(WarrantyRepair).insert(repair);
      return within(manager);
    });
  }

  /** Every repair of these units, oldest first. */
  forUnits(tenantId: string, keys: readonly SerialKey[]): Promise<WarrantyRepair[]> {
    const [gtins, serials] = keyColumns(keys);
    return this.dataSource
      .getRepository(WarrantyRepair)
      .createQueryBuilder("r")
      .where("r.tenant_id = :tenantId", { tenantId })
      .andWhere("(r.gtin, r.serial) IN (SELECT * FROM unnest(:gtins::char(14)[], :serials::text[]))", { gtins, serials })
      .orderBy("r.repairedAt")
      .addOrderBy("r.id")
      .getMany();
  }
}
