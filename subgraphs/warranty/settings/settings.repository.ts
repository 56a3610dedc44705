import type { DataSource } from "typeorm";
import { effectiveWarrantySettings, type WarrantySettings } from "./warranty-settings";

/** '' is the tenant default's row; a GTIN's row overrides it. */
const TENANT_DEFAULT = "";

export class WarrantySettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Effective settings for each GTIN (and the tenant default under ""), in one query. */
  async forGtins(tenantId: string, gtins: readonly string[]): Promise<Map<string, WarrantySettings>> {
    const keys = [TENANT_DEFAULT, ...new Set(gtins)];
    const rows: { gtin: string; settings: Partial<WarrantySettings> }[] = await this.dataSource.query(
      `SELECT gtin, settings FROM warranty.settings WHERE tenant_id = $1 AND gtin = ANY($2::text[])`,
      [tenantId, keys],
    );
    const stored = new Map(rows.map((row) => [row.gtin, row.settings]));
    const tenant = stored.get(TENANT_DEFAULT);
    return new Map(keys.map((gtin) => [gtin, effectiveWarrantySettings(tenant, gtin === TENANT_DEFAULT ? null : stored.get(gtin))]));
  }

  /** Merges the given values into the stored ones; null puts a value back to the inherited one. */
  async configure(tenantId: string, gtin: string | null, values: Partial<Record<keyof WarrantySettings, unknown>>): Promise<void> {
    const set = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
    const cleared = Object.entries(values).filter(([, value]) => value === null).map(([name]) => name);
    await this.dataSource.query(
      `INSERT INTO warranty.settings (tenant_id, gtin, settings) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (tenant_id, gtin) DO UPDATE SET settings = (warranty.settings.settings || EXCLUDED.settings) - $4::text[], updated_at = now()`,
      [tenantId, gtin ?? TENANT_DEFAULT, JSON.stringify(set), cleared],
    );
  }
}
