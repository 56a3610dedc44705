import type { DataSource } from "typeorm";
import { newApiKey } from "../../../lib/auth/api-key";
import type { Role } from "../../../lib/auth/identity";

export interface ApiKeyRow {
  id: string;
  tenantId: string;
  name: string;
  roles: Role[];
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** What the gateway needs to judge a key: the tenant, roles, secret hash and whether it is revoked. */
export interface ApiKeyCredential {
  id: string;
  tenant: string;
  roles: Role[];
  secretHash: string;
  revoked: boolean;
}

interface Row {
  id: string;
  tenant_id: string;
  name: string;
  roles: Role[];
  secret_hash: Buffer;
  created_by: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

/** Every column a listing may show: the hash stays in the table. */
const VISIBLE = "id, tenant_id, name, roles, created_by, created_at, last_used_at, revoked_at";

const toRow = (row: Omit<Row, "secret_hash">): ApiKeyRow => ({
  id: row.id,
  tenantId: row.tenant_id,
  name: row.name,
  roles: row.roles,
  createdBy: row.created_by,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

/** A tenant's API keys; the secret is returned once by `create` and never stored. */
export class ApiKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(tenantId: string, name: string, roles: Role[], createdBy: string): Promise<{ row: ApiKeyRow; key: string }> {
    const fresh = newApiKey();
    const rows: Row[] = await this.dataSource.query(
      `INSERT INTO ingest.api_keys (id, tenant_id, name, roles, secret_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${VISIBLE}`,
      [fresh.id, tenantId, name, roles, fresh.secretHash, createdBy],
    );
    return { row: toRow(rows[0]), key: fresh.key };
  }

  async list(tenantId: string): Promise<ApiKeyRow[]> {
    const rows: Row[] = await this.dataSource.query(`SELECT ${VISIBLE} FROM ingest.api_keys WHERE tenant_id = $1 ORDER BY created_at DESC, id`, [tenantId]);
    return rows.map(toRow);
  }

  async countActive(tenantId: string): Promise<number> {
    const rows: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) FROM ingest.api_keys WHERE tenant_id = $1 AND revoked_at IS NULL`,
      [tenantId],
    );
    return Number(rows[0].count);
  }

  /** Revokes the tenant's key (again is a no-op); null when the tenant has no such key. */
  async revoke(tenantId: string, id: string): Promise<ApiKeyRow | null> {
    // In a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const rows: Row[] = await this.dataSource.query(
      `WITH revoked AS (UPDATE ingest.api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE tenant_id = $1 AND id = $2 RETURNING ${VISIBLE})
       SELECT * FROM revoked`,
      [tenantId, id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** For the gateway's lookup, across tenants: the key id is all the gateway knows before. */
  async credential(id: string): Promise<ApiKeyCredential | null> {
    const rows: Row[] = await this.dataSource.query(`SELECT id, tenant_id, roles, secret_hash, revoked_at FROM ingest.api_keys WHERE id = $1`, [id]);
    const row = rows[0];
    return row
      ? { id: row.id, tenant: row.tenant_id, roles: row.roles, secretHash: row.secret_hash.toString("hex"), revoked: row.revoked_at !== null }
      : null;
  }

  /** At most one write a minute per key, whatever the gateways report. */
  async touch(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE ingest.api_keys SET last_used_at = now()
       WHERE id = $1 AND revoked_at IS NULL AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}
