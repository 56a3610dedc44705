/**
 * What the pipeline counts, per tenant and connector. `refused`: turned away at the edge (413,
 * 415) or not a document at all (400), nothing stored; `rejected`: unmappable (422), kept.
 */
export type CounterName = "received" | "duplicate" | "rejected" | "refused" | "unauthorized" | "delivered" | "retried";

/** Outcomes anyone may cause by posting to /webhooks/{any tenant name}/…: they prove no such tenant exists. */
const UNPROVEN: ReadonlySet<CounterName> = new Set(["unauthorized", "refused"]);

/** Tenants counted on their own while they have only unproven outcomes. @default 1000 */
export const MAX_UNPROVEN_TENANTS = 1000;

/** Where the unproven outcomes of any further tenant are counted: no tenant name (TENANT_PATTERN), so no tenant reads it. */
export const OTHER_TENANTS = "(other)";

/**
 * In-process counters, exported in the Prometheus text format at /metrics. They restart
 * at zero with the process, as Prometheus counters may; the backlog and lag come from the
 * inbox itself. Random tenant names in webhook URLs cannot grow them without end: a tenant
 * is counted on its own once a delivery of its was verified (any outcome but `unauthorized`
 * and `refused`), and the first MAX_UNPROVEN_TENANTS others too; the rest under OTHER_TENANTS.
 */
export class IngestMetrics {
  private readonly counters = new Map<string, number>();
  private readonly proven = new Set<string>();
  private readonly unproven = new Set<string>();

  constructor(private readonly maxUnprovenTenants = MAX_UNPROVEN_TENANTS) {}

  count(name: CounterName, tenantId: string, connector: string, by = 1): void {
    const key = JSON.stringify([name, this.labelOf(name, tenantId), connector]);
    this.counters.set(key, (this.counters.get(key) ?? 0) + by);
  }

  private labelOf(name: CounterName, tenantId: string): string {
    if (!UNPROVEN.has(name)) {
      this.proven.add(tenantId);
      return tenantId;
    }
    if (this.proven.has(tenantId) || this.unproven.has(tenantId)) {
      return tenantId;
    }
    if (this.unproven.size < this.maxUnprovenTenants) {
      this.unproven.add(tenantId);
      return tenantId;
    }
    return OTHER_TENANTS;
  }

  list(tenantId?: string): { name: CounterName; tenant: string; connector: string; value: number }[] {
    return [...this.counters]
      .map(([key, value]) => {
        const [name, tenant, connector] = JSON.parse(key) as [CounterName, string, string];
        return { name, tenant, connector, value };
      })
      .filter((counter) => tenantId === undefined || counter.tenant === tenantId);
  }

  /** One tenant's counters: a tenant never sees another's traffic, even as numbers. */
  prometheus(tenantId: string, backlog: { pending: number; oldestSeconds: number }): string {
    const lines = [
      "# HELP serialhub_ingest_deliveries_total Webhook deliveries by outcome.",
      "# TYPE serialhub_ingest_deliveries_total counter",
      ...this.list(tenantId).map(
        (counter) => `serialhub_ingest_deliveries_total{outcome="${counter.name}",connector="${counter.connector}"} ${counter.value}`,
      ),
      "# HELP serialhub_ingest_pending Deliveries stored but not yet handed on.",
      "# TYPE serialhub_ingest_pending gauge",
      `serialhub_ingest_pending ${backlog.pending}`,
      "# HELP serialhub_ingest_lag_seconds Age of the oldest pending delivery.",
      "# TYPE serialhub_ingest_lag_seconds gauge",
      `serialhub_ingest_lag_seconds ${backlog.oldestSeconds.toFixed(3)}`,
    ];
    return `${lines.join("\n")}\n`;
  }
}
