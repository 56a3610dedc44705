import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import type { Sealer } from "../../../lib/crypto/sealed";

/** Each tenant's 256-bit ENCRYPTED_COUNTER key, made on first use and kept sealed. */
export class SerialKeyStore {
  private readonly cache = new Map<string, Buffer>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: Sealer,
  ) {}

  async keyOf(tenantId: string): Promise<Buffer> {
    const cached = this.cache.get(tenantId);
    if (cached) {
      return cached;
    }
    const context = `serial-key:${tenantId}`;
    await this.dataSource.query(`INSERT INTO serials.serial_keys (tenant_id, sealed_key) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      tenantId,
      this.sealer.seal(randomBytes(32), context),
    ]);
    const rows: { sealed_key: Buffer }[] = await this.dataSource.query(`SELECT sealed_key FROM serials.serial_keys WHERE tenant_id = $1`, [
      tenantId,
    ]);
    const key = this.sealer.open(rows[0].sealed_key, context);
    this.cache.set(tenantId, key);
    return key;
  }
}
