import type { DataSource } from "typeorm";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import { Coverage } from "./coverage.entity";

export class CoverageRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByKeys(tenantId: string, keys: readonly SerialKey[]): Promise<Coverage[]> {
    const [gtins, serials] = keyColumns(keys);
    return this.dataSource
      .getRepository(Coverage)
      .createQueryBuilder("c")
      .where("c.tenant_id = :tenantId", { tenantId })
      .andWhere("(c.gtin, c.serial) IN (SELECT * FROM unnest(:gtins::char(14)[], :serials::text[]))", { gtins, serials })
      .getMany();
  }
}
