import type { DataSource } from "typeorm";
import type { Sealer } from "../../../lib/crypto/sealed";
import { splitOptions } from "./sensitive-options";

export interface ConnectorConfig {
  tenantId: string;
  connector: string;
  secrets: string[];
  /** Every option, credentials included: for the connector only. */
  options: Record<string, unknown>;
  /** The options a client may see (credentials left out). */
  visibleOptions: Record<string, unknown>;
  /** Names of the options that were sealed. */
  sealedOptionNames: string[];
  updatedAt: Date;
}

/** What is sealed: the secrets, and the options that are credentials. */
interface SealedPart {
  secrets: string[];
  options: Record<string, unknown>;
}

interface Row {
  tenant_id: string;
  connector: string;
  sealed_secrets: Buffer;
  options: Record<string, unknown>;
  updated_at: Date;
}

/** Connector secrets are sealed at rest and leave this repository only to verify deliveries. */
export class ConnectorConfigRepository {
  private readonly cache = new Map<string, { config: ConnectorConfig | null; expires: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: Sealer,
    private readonly cacheMs = 5_000,
  ) {}

  private context = (tenantId: string, connector: string) => `connector-secrets:${tenantId}:${connector}`;

  private toConfig(row: Row): ConnectorConfig {
    const sealed = JSON.parse(this.sealer.open(row.sealed_secrets, this.context(row.tenant_id, row.connector)).toString("utf8")) as SealedPart;
    return {
      tenantId: row.tenant_id,
      connector: row.connector,
      secrets: sealed.secrets,
      options: { ...row.options, ...sealed.options },
      visibleOptions: row.options,
      sealedOptionNames: Object.keys(sealed.options),
      updatedAt: row.updated_at,
    };
  }

  /** Cached briefly: every delivery needs it, and a rotation takes effect within seconds. */
  async find(tenantId: string, connector: string): Promise<ConnectorConfig | null> {
    const key = `${tenantId} ${connector}`;
    const hit = this.cache.get(key);
    if (hit && hit.expires > Date.now()) {
      return hit.config;
    }
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM ingest.connector_configs WHERE tenant_id = $1 AND connector = $2`, [
      tenantId,
      connector,
    ]);
    const config = rows[0] ? this.toConfig(rows[0]) : null;
    this.cache.set(key, { config, expires: Date.now() + this.cacheMs });
    return config;
  }

  async list(tenantId: string): Promise<ConnectorConfig[]> {
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM ingest.connector_configs WHERE tenant_id = $1 ORDER BY connector`, [tenantId]);
    return rows.map((row) => this.toConfig(row));
  }

  /** Replaces the tenant's secrets and options for the connector; credentials among the options are sealed. */
  async save(tenantId: string, connector: string, secrets: string[], options: Record<string, unknown>): Promise<ConnectorConfig> {
    const { visible, sealed } = splitOptions(options);
    const part: SealedPart = { secrets, options: sealed };
    const rows: Row[] = await this.dataSource.query(
      `INSERT INTO ingest.connector_configs (tenant_id, connector, sealed_secrets, options) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, connector) DO UPDATE SET sealed_secrets = excluded.sealed_secrets, options = excluded.options, updated_at = now()
       RETURNING *`,
      [tenantId, connector, this.sealer.seal(Buffer.from(JSON.stringify(part)), this.context(tenantId, connector)), visible],
    );
    this.cache.delete(`${tenantId} ${connector}`);
    return this.toConfig(rows[0]);
  }
}
