import { randomBytes } from "node:crypto";
import { IngestMetrics, MAX_UNPROVEN_TENANTS, OTHER_TENANTS } from "./metrics";

describe("IngestMetrics", () => {
  it("counts per tenant, connector and outcome, and shows a tenant only its own", () => {
    const metrics = new IngestMetrics();
    metrics.count("received", "acme", "shiphero");
    metrics.count("received", "acme", "shiphero");
    metrics.count("unauthorized", "globex", "shiphero");
    expect(metrics.list("acme")).toEqual([{ name: "received", tenant: "acme", connector: "shiphero", value: 2 }]);
    expect(metrics.prometheus("globex", { pending: 0, oldestSeconds: 0 })).toContain('serialhub_ingest_deliveries_total{outcome="unauthorized",connector="shiphero"} 1');
  });

  it("keeps a bounded number of tenants that only random webhook URLs named", () => {
    const metrics = new IngestMetrics();
    metrics.count("delivered", "acme", "shiphero");
    const posts = 10_000;
    for (let i = 0; i < posts; i += 1) {
      // What posts to /webhooks/<random>/shiphero leave: unsigned (401) or refused at the edge (413, 415).
      metrics.count(i % 2 === 0 ? "unauthorized" : "refused", `t${randomBytes(6).toString("hex")}`, "shiphero");
    }
    // A tenant whose deliveries were verified keeps its own counters, forged deliveries included.
    metrics.count("unauthorized", "acme", "shiphero");
    const tenants = new Set(metrics.list().map((counter) => counter.tenant));
    const other = metrics.list(OTHER_TENANTS).reduce((sum, counter) => sum + counter.value, 0);
    console.log(`${posts} deliveries to random tenants: ${metrics.list().length} counters, ${tenants.size} tenant labels, ${other} counted under ${OTHER_TENANTS}`);
    expect(tenants.size).toBe(MAX_UNPROVEN_TENANTS + 2);
    expect(other).toBe(posts - MAX_UNPROVEN_TENANTS);
    expect(metrics.list("acme").map(({ name, value }) => [name, value])).toEqual([
      ["delivered", 1],
      ["unauthorized", 1],
    ]);
  });

  it("counts a tenant named before the cap on its own afterwards, and one proven later from then on", () => {
    const metrics = new IngestMetrics(2);
    metrics.count("unauthorized", "a", "shiphero");
    metrics.count("unauthorized", "b", "shiphero");
    metrics.count("unauthorized", "c", "shiphero");
    metrics.count("refused", "a", "shiphero");
    metrics.count("received", "c", "shiphero");
    metrics.count("unauthorized", "c", "shiphero");
    expect(metrics.list().map(({ name, tenant, value }) => `${name} ${tenant} ${value}`)).toEqual([
      "unauthorized a 1",
      "unauthorized b 1",
      `unauthorized ${OTHER_TENANTS} 1`,
      "refused a 1",
      "received c 1",
      "unauthorized c 1",
    ]);
  });
});
