import type { DataSource } from "typeorm";

export interface StoredKey {
  tenantId: string;
  kid: string;
  privateKey: Buffer;
  publicKey: Buffer;
  createdAt: Date;
  retiredAt: Date | null;
}

interface Row {
  tenant_id: string;
  kid: string;
  private_key: Buffer;
  public_key: Buffer;
  created_at: Date;
  retired_at: Date | null;
}

const toKey = (row: Row): StoredKey => ({
  tenantId: row.tenant_id,
  kid: row.kid,
  privateKey: row.private_key,
  publicKey: row.public_key,
  createdAt: row.created_at,
  retiredAt: row.retired_at,
});

export class SigningKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The tenant's keys, the active one first. */
  async keysOf(tenantId: string): Promise<StoredKey[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM serials.signing_keys WHERE tenant_id = $1 ORDER BY retired_at DESC NULLS FIRST, created_at DESC`,
      [tenantId],
    );
    return rows.map(toKey);
  }

  /** Every tenant's public keys, for the JWKS document. */
  async allPublic(): Promise<Pick<StoredKey, "tenantId" | "kid" | "publicKey" | "retiredAt">[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT tenant_id, kid, public_key, retired_at FROM serials.signing_keys ORDER BY tenant_id, created_at`,
    );
    return rows.map((row) => ({ tenantId: row.tenant_id, kid: row.kid, publicKey: row.public_key, retiredAt: row.retired_at }));
  }

  /**
   * Adds a key as the active one, retiring the current one in the same transaction.
   * Returns false when another process made a key first (the one-active-key index).
   */
  async addActive(key: Omit<StoredKey, "createdAt" | "retiredAt">, retireCurrent: boolean): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (retireCurrent) {
        await manager.query(`UPDATE serials.signing_keys SET retired_at = now() WHERE tenant_id = $1 AND retired_at IS NULL`, [key.tenantId]);
      }
      const inserted: unknown[] = await manager.query(
        `INSERT INTO serials.signing_keys (tenant_id, kid, private_key, public_key) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING kid`,
        [key.tenantId, key.kid, key.privateKey, key.publicKey],
      );
      return inserted.length === 1;
    });
  }
}
