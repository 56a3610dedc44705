import type { DataSource, EntityManager } from "typeorm";
import { effectiveSettings, type RuleSettings } from "./rule-settings";

/** '' is the tenant default's row; a GTIN's row overrides it. */
const TENANT_DEFAULT = "";

export class RuleSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Effective settings for each GTIN of a batch (and the tenant default under ""), in one query. */
  async forGtins(tenantId: string, gtins: readonly string[], manager: Pick<EntityManager, "query"> = this.dataSource): Promise<Map<string, RuleSettings>> {
    const rows: { gtin: string; settings: Partial<RuleSettings> }[] = await manager.query(
      `SELECT gtin, settings FROM serials.rule_settings WHERE tenant_id = $1 AND gtin = ANY($2::text[])`,
      [tenantId, [TENANT_DEFAULT, ...gtins]],
    );
    const stored = new Map(rows.map((row) => [row.gtin, row.settings]));
    const tenant = stored.get(TENANT_DEFAULT);
    return new Map([TENANT_DEFAULT, ...gtins].map((gtin) => [gtin, effectiveSettings(tenant, gtin === TENANT_DEFAULT ? null : stored.get(gtin))]));
  }

  /** Merges the given values into the stored ones; null clears a value back to the inherited one. */
  async configure(tenantId: string, gtin: string | null, values: Partial<Record<keyof RuleSettings, unknown>>): Promise<void> {
    const set = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null));
    const cleared = Object.entries(values).filter(([, value]) => value === null).map(([name]) => name);
    await this.dataSource.query(
      `INSERT INTO serials.rule_settings (tenant_id, gtin, settings) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (tenant_id, gtin) DO UPDATE SET settings = (serials.rule_settings.settings || EXCLUDED.settings) - $4::text[], updated_at = now()`,
      [tenantId, gtin ?? TENANT_DEFAULT, JSON.stringify(set), cleared],
    );
  }
}
