import { randomBytes } from "node:crypto";
import { CreateProductDocument, GenerateSerialsDocument, JobDocument } from "../clients/generated/graphql";
import { Ff3Pool } from "../lib/serials/ff3-pool";
import { CounterSerials } from "../lib/serials/serial-generator";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

/** Generation at the scale the issue names; speed is measured by `npm run bench`, not here. */
describe("generation at scale", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("issues 1,000,000 distinct RANDOM serials in one job", async () => {
    const admin = hub.client("acme", "admin");
    const gtin = "09520123456788";
    await admin.request(CreateProductDocument, { input: { gtin, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    const job = (await admin.request(GenerateSerialsDocument, { input: { gtin, count: 1_000_000 } })).generateSerials.job!;
    let status = job.status;
    for (let i = 0; i < 600 && status !== "DONE" && status !== "FAILED"; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await admin.request(JobDocument, { id: job.id })).job!.status;
    }
    expect(status).toBe("DONE");
    const [row] = await hub.sql<{ total: string; distinct: string }>(
      "SELECT count(*) AS total, count(DISTINCT serial) AS distinct FROM serials.serials WHERE tenant_id = 'acme' AND gtin = $1",
      [gtin],
    );
    expect(row).toEqual({ total: "1000000", distinct: "1000000" });
  }, 180_000);

  it("maps all 1,000,000 counters of a six-digit ENCRYPTED_COUNTER space to 1,000,000 different serials", async () => {
    const pool = new Ff3Pool();
    const counters = new CounterSerials({ length: 6, alphabet: "0123456789", mode: "ENCRYPTED_COUNTER" }, randomBytes(32), "09520123456788");
    const seen = new Set<string>();
    for (let first = 0; first < 1_000_000; first += 50_000) {
      for (const serial of await counters.serialsFrom(pool, BigInt(first), 50_000)) {
        seen.add(serial);
      }
    }
    await pool.close();
    // The whole space comes out: FF3-1 is a permutation, so serials are unique by construction.
    expect(seen.size).toBe(1_000_000);
  }, 180_000);
});
