import type { DataSource } from "typeorm";
import { keyColumns, type SerialKey } from "../../../lib/serial-key";
import { Extension } from "./extension.entity";

export class ExtensionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(extension: Omit<Extension, "createdAt">): Promise<Extension> {
    await this.dataSource.getRepository(Extension).insert(extension);
    return (await this.dataSource.getRepository(Extension).findOneByOrFail({ tenantId: extension.tenantId, id: extension.id })) as Extension;
  }

  /** Every extension of these units, oldest first. */
  forUnits(tenantId: string, keys: readonly SerialKey[]): Promise<Extension[]> {
    const [gtins, serials] = keyColumns(keys);
    return this.dataSource
      .getRepository(Extension)
      .createQueryBuilder("x")
      .where("x.tenant_id = :tenantId", { tenantId })
      .andWhere("(x.gtin, x.serial) IN (SELECT * FROM unnest(:gtins::char(14)[], :serials::text[]))", { gtins, serials })
      .orderBy("x.createdAt")
      .getMany();
  }
}
