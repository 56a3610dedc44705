/**
 * What the pipeline counts, per tenant and connector. `refused`: turned away at the edge (413,
 * 415) or not a document at all (400), nothing stored; `rejected`: unmappable (422), kept.
 */
export type CounterName = "received" | "duplicate" | "rejected" | "refused" | "unauthorized" | "delivered" | "retried";

/**
 * In-process counters, exported in the Prometheus text format at /metrics. They restart
 * at zero with the process, as Prometheus counters may; the backlog and lag come from the
 * inbox itself.
 */
export class IngestMetrics {
  private readonly counters = new Map<string, number>();

  count(name: CounterName, tenantId: string, connector: string, by = 1): void {
    const key = JSON.stringify([name, tenantId, connector]);
    this.counters.set(key, (this.counters.get(key) ?? 0) + by);
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
