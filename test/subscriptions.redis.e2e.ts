import { AnomalyDetectedDocument, CaptureEventsDocument, CreateProductDocument } from "../clients/generated/graphql";
import { epcisDocument, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

// Runs only when REDIS_URL is set (jest.config.js leaves *.redis.e2e.ts out otherwise).
describe("live anomalies through the gateway with Redis pub/sub", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub({ REDIS_URL: process.env.REDIS_URL as string });
    await hub.client("acme", "admin").request(CreateProductDocument, {
      input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 },
    });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("delivers UNKNOWN_SERIAL to the tenant's subscriber", async () => {
    const feed = hub.client("acme", "integrator").subscribe(AnomalyDetectedDocument, {});
    const next = feed.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await hub.client("acme", "admin").request(CaptureEventsDocument, { epcis: epcisDocument([shipping([sgtin("REDIS-1")])]) });
    const event = await next;
    expect(event.value?.data?.anomalyDetected).toMatchObject({ kind: "UNKNOWN_SERIAL", serial: { serial: "REDIS-1", product: { name: "Widget" } } });
    await feed.return?.();
  });
});
