import type { DataSource } from "typeorm";
import type { SerialKey } from "../../../lib/serial-key";
import { ReturnCheck } from "./return-check.entity";
import { ReturnVerdict } from "./return-enums";

export class ReturnRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a check; for an accepted one, `within` (recording the return in serials) runs in the same transaction. */
  async record(check: ReturnCheck, within: () => Promise<void>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ReturnCheck).insert(check);
      await within();
    });
  }

  /** The unit's accepted returns, oldest first. */
  acceptedFor(tenantId: string, key: SerialKey): Promise<ReturnCheck[]> {
    return this.dataSource
      .getRepository(ReturnCheck)
      .find({ where: { tenantId, gtin: key.gtin, serialNumber: key.serial, decision: ReturnVerdict.ACCEPT }, order: { checkedAt: "ASC" } });
  }
}
