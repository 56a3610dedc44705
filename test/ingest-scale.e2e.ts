import { randomBytes } from "node:crypto";
import { CaptureEventsDocument, ConfigureConnectorDocument, CreateProductDocument } from "../clients/generated/graphql";
import { basicAuth } from "../connectors/core/signers";
import { commissioning, epcisDocument } from "../lib/testing/epcis-fixtures";
import { drained, gtinOf, idocXml, post } from "../lib/testing/ingest";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GTIN = gtinOf("0401234533333");
const SECRET = `sap-${randomBytes(16).toString("hex")}`;
const HEADERS = { "content-type": "application/x-sap.idoc", ...basicAuth(SECRET) };

/**
 * Status of every serial, read through the gateway as a client would: aliased queries within
 * the gateway's alias limit (25 of 30), eight in flight at a time.
 */
async function statuses(hub: TestHub, serials: string[]): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>();
  const batches: string[][] = [];
  for (let start = 0; start < serials.length; start += 25) {
    batches.push(serials.slice(start, start + 25));
  }
  const read = async (batch: string[]) => {
    const query = `{ ${batch.map((serial, i) => `s${i}: serial(gtin: "${GTIN}", serial: "${serial}") { status }`).join(" ")} }`;
    const response = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hub.token("acme", "integrator")}` },
      body: JSON.stringify({ query }),
    });
    const { data, errors } = (await response.json()) as { data: Record<string, { status: string } | null>; errors?: unknown[] };
    expect(errors).toBeUndefined();
    batch.forEach((serial, i) => found.set(serial, data[`s${i}`]?.status ?? null));
  };
  for (let next = 0; next < batches.length; next += 8) {
    await Promise.all(batches.slice(next, next + 8).map(read));
  }
  return found;
}

/** Units are commissioned at production, before any delivery ships them. */
async function commission(hub: TestHub, serials: string[]): Promise<void> {
  const epcs = serials.map((serial) => `https://id.gs1.org/01/${GTIN}/21/${serial}`);
  const { captureEvents } = await hub.client("acme", "integrator").request(CaptureEventsDocument, { epcis: epcisDocument([commissioning(epcs, "2025-03-01T08:00:00Z")]) });
  expect(captureEvents).toMatchObject({ accepted: 1, errors: [] });
}


describe("ingest at scale and through faults", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
    const admin = hub.client("acme", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Monitor", brand: "Acme", markets: ["DE"], warrantyMonths: 24 } });
    await admin.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [SECRET] } });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("takes a signed 10,000-serial IDoc through the front door and every unit's state is readable through the gateway", async () => {
    const serials = Array.from({ length: 10_000 }, (_, i) => `BIG${String(i).padStart(5, "0")}`);
    await commission(hub, serials);
    const answer = await post(`${hub.url}/webhooks/acme/sap-idoc`, idocXml({ docnum: "9000000001", vbeln: "0080090001", ean: GTIN, serials }), HEADERS);
    expect(answer).toMatchObject({ status: 200, body: { status: "accepted" } });
    await drained(hub, undefined, 120_000);
    const [row] = await hub.sql<{ status: string; events: number }>(`SELECT status, events FROM ingest.inbox WHERE delivery_id = '100/PRDCLNT100/9000000001'`);
    expect(row).toEqual({ status: "done", events: 10_000 });
    const states = await statuses(hub, serials);
    expect([...states.values()].filter((status) => status !== "IN_TRANSIT")).toEqual([]);
    expect(states.size).toBe(10_000);
  }, 180_000);

  it("loses nothing acknowledged and counts nothing twice when the serials service stops mid-stream and ingest restarts", async () => {
    const deliveries = Array.from({ length: 24 }, (_, d) => ({
      docnum: String(7_000_000 + d),
      vbeln: String(81_000_000 + d),
      serials: Array.from({ length: 25 }, (_, s) => `F${d}-${s}`),
    }));
    await commission(hub, deliveries.flatMap((delivery) => delivery.serials));
    const acknowledged: typeof deliveries = [];
    for (const [d, delivery] of deliveries.entries()) {
      if (d === 6) {
        await hub.hub.stopService("serials");
      }
      if (d === 12) {
        // Ingest itself restarts while deliveries wait for serials: the new process takes them up.
        await hub.hub.stopService("ingest");
        await hub.hub.restartService("ingest");
      }
      if (d === 18) {
        await hub.hub.restartService("serials");
      }
      const answer = await post(`${hub.url}/webhooks/acme/sap-idoc`, idocXml({ ...delivery, ean: GTIN }), HEADERS);
      if (answer.status === 200) {
        acknowledged.push(delivery);
      }
      // A sender that did not hear the answer sends again.
      if (d % 5 === 0) {
        expect((await post(`${hub.url}/webhooks/acme/sap-idoc`, idocXml({ ...delivery, ean: GTIN }), HEADERS)).body.status).toBe("duplicate");
      }
    }
    // Ingest and products stayed up, so every delivery was stored and acknowledged.
    expect(acknowledged).toHaveLength(deliveries.length);
    await drained(hub, undefined, 120_000);
    const retried = await hub.sql<{ n: string }>(`SELECT count(*) AS n FROM ingest.inbox WHERE delivery_id LIKE '100/PRDCLNT100/7%' AND attempts > 1`);
    expect(Number(retried[0].n)).toBeGreaterThan(0);
    const perSerial = await hub.sql<{ serial: string; n: string }>(
      `SELECT es.serial, count(*) AS n FROM serials.event_serials es JOIN serials.events e USING (tenant_id, event_id)
       WHERE es.tenant_id = 'acme' AND es.serial LIKE 'F%' AND e.biz_step = 'shipping' GROUP BY es.serial`,
    );
    const expected = acknowledged.flatMap((delivery) => delivery.serials);
    expect(perSerial.map((row) => row.serial).sort()).toEqual([...expected].sort());
    expect(perSerial.filter((row) => Number(row.n) !== 1)).toEqual([]);
    const states = await statuses(hub, expected);
    expect([...states.values()].filter((status) => status !== "IN_TRANSIT")).toEqual([]);
  }, 180_000);
});
