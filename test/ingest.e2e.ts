import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  CaptureEventsDocument,
  ConfigureConnectorDocument,
  ConnectorsDocument,
  CreateProductDocument,
  IngestStatusDocument,
  RejectedDeliveriesDocument,
  ReplayRejectedDocument,
  SerialDocument,
  SetProductSkusDocument,
} from "../clients/generated/graphql";
import { HubClientError, type HubClient } from "../clients/client";
import { basicAuth, bearer } from "../connectors/core/signers";
import { commissioning, epcisDocument } from "../lib/testing/epcis-fixtures";
import { connectorFixture, drained, gtinOf, idocXml, post, until } from "../lib/testing/ingest";
import { projectPath } from "../lib/paths";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GTIN_A = "04012345111118";
const GTIN_B = gtinOf("0401234522222");
const SECRET = `sap-${randomBytes(16).toString("hex")}`;
const XML = { "content-type": "application/x-sap.idoc" };
const TWO_ITEMS = connectorFixture("sap", "desadv-two-items.xml");

const codeOf = async (promise: Promise<unknown>): Promise<string[]> =>
  promise.then(
    () => [],
    (error: unknown) => (error instanceof HubClientError ? error.codes : [String(error)]),
  );

describe("ingest: webhooks through the front door", () => {
  let hub: TestHub;
  let admin: HubClient;
  let integrator: HubClient;
  const webhook = (tenant = "acme", connector = "sap-idoc") => `${hub.url}/webhooks/${tenant}/${connector}`;
  const state = async (gtin: string, serial: string) => (await integrator.request(SerialDocument, { gtin, serial })).serial;
  const inboxRows = async (tenant: string) => Number((await hub.sql<{ n: string }>(`SELECT count(*) AS n FROM ingest.inbox WHERE tenant_id = $1`, [tenant]))[0].n);
  const rejectedRows = async (tenant: string) => Number((await hub.sql<{ n: string }>(`SELECT count(*) AS n FROM ingest.rejected WHERE tenant_id = $1`, [tenant]))[0].n);

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    integrator = hub.client("acme", "integrator");
    await admin.request(CreateProductDocument, { input: { gtin: GTIN_A, name: "Infusion pump", brand: "Acme", markets: ["DE"], warrantyMonths: 24, skus: ["300145"] } });
    await admin.request(CreateProductDocument, { input: { gtin: GTIN_B, name: "Pump set", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    await admin.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [SECRET], options: { defaultTimeZone: "Europe/Berlin" } } });
    // The fixture's units, commissioned at production before the delivery ships them.
    const units = [...["A1F301", "A1F302", "A1F303"].map((serial) => [GTIN_A, serial]), ...["B77001", "B77002"].map((serial) => [GTIN_B, serial])];
    const { captureEvents } = await integrator.request(CaptureEventsDocument, {
      epcis: epcisDocument([commissioning(units.map(([gtin, serial]) => `https://id.gs1.org/01/${gtin}/21/${serial}`), "2025-03-01T08:00:00Z")]),
    });
    expect(captureEvents.errors).toEqual([]);
  });

  afterAll(async () => {
    await hub?.stop();
  });

  describe("configureConnector", () => {
    it("never returns a secret, and keeps it sealed at rest", async () => {
      const { connectors } = await admin.request(ConnectorsDocument);
      expect(connectors).toEqual([
        { connector: "sap-idoc", webhookPath: "/webhooks/acme/sap-idoc", secretCount: 1, options: expect.objectContaining({ defaultTimeZone: "Europe/Berlin" }), sealedOptions: [] },
      ]);
      expect(JSON.stringify(connectors)).not.toContain(SECRET);
      const rows = await hub.sql<{ sealed_secrets: Buffer; options: unknown }>(`SELECT sealed_secrets, options FROM ingest.connector_configs WHERE tenant_id = 'acme'`);
      expect(rows).toHaveLength(1);
      expect(rows[0].sealed_secrets.includes(Buffer.from(SECRET))).toBe(false);
      expect(JSON.stringify(rows[0].options)).not.toContain(SECRET);
    });

    it("is for admins only", async () => {
      expect(await codeOf(integrator.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [SECRET] } }))).toEqual(["FORBIDDEN"]);
      expect(await codeOf(hub.client().request(ConnectorsDocument))).toContain("UNAUTHENTICATED");
    });

    it("refuses unknown connectors, weak secrets and bad options with the field, never echoing the secret", async () => {
      const unknown = await admin.execute(ConfigureConnectorDocument, { input: { connector: "sap", secrets: [SECRET] } });
      expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.connector" } });
      expect(unknown.errors?.[0].message).toContain("sap-idoc");
      const weak = await admin.execute(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: ["hunter2"] } });
      expect(weak.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.secrets[0]" } });
      expect(weak.errors?.[0].message).not.toContain("hunter2");
      const option = await admin.execute(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [SECRET], options: { defaultTimeZone: "Mars/Olympus" } } });
      expect(option.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
      expect(option.errors?.[0].message).toContain("Mars/Olympus");
      // Nothing was changed by the refused calls.
      expect((await admin.request(ConnectorsDocument)).connectors[0].options).toMatchObject({ defaultTimeZone: "Europe/Berlin" });
    });
  });

  describe("verification, before anything is stored", () => {
    it("refuses a tenant that has not configured the connector, a wrong secret and a missing header with 401", async () => {
      const unconfigured = await post(webhook("nobody"), TWO_ITEMS, { ...XML, ...basicAuth(SECRET) });
      expect(unconfigured).toMatchObject({ status: 401, body: { error: expect.stringContaining("configureConnector") } });
      const wrong = await post(webhook(), TWO_ITEMS, { ...XML, ...basicAuth(`${SECRET}x`) });
      expect(wrong).toMatchObject({ status: 401, body: { error: expect.stringContaining("do not match") } });
      const missing = await post(webhook(), TWO_ITEMS, XML);
      expect(missing.status).toBe(401);
      expect(await inboxRows("acme")).toBe(0);
      expect(await rejectedRows("acme")).toBe(0);
      expect(await inboxRows("nobody")).toBe(0);
    });

    it("accepts any of several secrets while one is rotated, and only the new one afterwards", async () => {
      const rotating = hub.client("rot", "admin");
      const [old, next] = [`old-${randomBytes(12).toString("hex")}`, `new-${randomBytes(12).toString("hex")}`];
      await rotating.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [old, next] } });
      // Both secrets verify; the payload's unknown item then makes it a 422, which is after verification.
      for (const secret of [old, next]) {
        expect((await post(webhook("rot"), TWO_ITEMS, { ...XML, ...bearer(secret) })).status).toBe(422);
      }
      await rotating.request(ConfigureConnectorDocument, { input: { connector: "sap-idoc", secrets: [next] } });
      // Configuration is cached for up to 5 s per ingest process.
      await until("the old secret to be refused", async () => ((await post(webhook("rot"), TWO_ITEMS, { ...XML, ...bearer(old) })).status === 401 ? true : undefined), 10_000);
      expect((await post(webhook("rot"), TWO_ITEMS, { ...XML, ...bearer(next) })).status).toBe(422);
    });
  });

  describe("mapping", () => {
    it("answers a payload it cannot map with 422, the path and the reason, and keeps it; a body that is no document with 400, kept nowhere", async () => {
      // Unclosed XML: no replay could ever map these bytes, so nothing is kept (docs/security/webhook-edge.md).
      const malformed = await post(webhook(), "<DELVRY07><IDOC><EDI_DC40>", { ...XML, ...basicAuth(SECRET) });
      expect(malformed).toMatchObject({ status: 400, body: { path: "", error: expect.stringContaining("Not IDoc XML or JSON") } });
      expect(malformed.body.rejectedId).toBeUndefined();
      const unmappable = await post(webhook(), "<ORDERS05><X/></ORDERS05>", { ...XML, ...basicAuth(SECRET) });
      expect(unmappable).toMatchObject({ status: 422, body: { path: "ORDERS05", error: expect.any(String), rejectedId: expect.any(String) } });
      const noSerials = await post(webhook(), TWO_ITEMS.replace(/<E1EDL11 SEGMENT="1"><SERNR>[^<]*<\/SERNR><\/E1EDL11>/g, ""), { ...XML, ...basicAuth(SECRET) });
      expect(noSerials).toMatchObject({ status: 422, body: { path: expect.stringContaining("E1EDL24"), error: expect.stringContaining("E1EDL11") } });
      const { rejectedDeliveries } = await admin.request(RejectedDeliveriesDocument, { first: 10 });
      const ids = rejectedDeliveries.edges.map((edge) => edge.node.id);
      expect(ids).toEqual(expect.arrayContaining([unmappable.body.rejectedId, noSerials.body.rejectedId]));
      expect(ids).toHaveLength(2);
      expect(await inboxRows("acme")).toBe(0);
      // Another tenant's admin sees none of them.
      expect((await hub.client("rot", "admin").request(RejectedDeliveriesDocument, { first: 10 })).rejectedDeliveries.edges.map((edge) => edge.node.id)).not.toEqual(
        expect.arrayContaining([unmappable.body.rejectedId]),
      );
    });

    it("rejects an unknown material, and replayRejected delivers it once the catalogue knows it", async () => {
      const answer = await post(webhook(), TWO_ITEMS, { ...XML, ...basicAuth(SECRET) });
      expect(answer).toMatchObject({ status: 422, body: { error: expect.stringContaining('"300146"') } });
      expect(await inboxRows("acme")).toBe(0);
      const id = answer.body.rejectedId as string;
      const early = await admin.request(ReplayRejectedDocument, { id });
      expect(early.replayRejected).toMatchObject({ status: "REJECTED", reason: expect.stringContaining("300146") });

      await admin.request(SetProductSkusDocument, { input: { gtin: GTIN_B, skus: ["300146"] } });
      const replay = await admin.request(ReplayRejectedDocument, { id });
      expect(replay.replayRejected).toMatchObject({ status: "QUEUED", deliveryRef: expect.any(String), rejected: { id, replayResult: "QUEUED" } });
      const unit = await until("B77001 to be shipped", async () => {
        const found = await state(GTIN_B, "B77001");
        return found?.status === "IN_TRANSIT" ? found : undefined;
      });
      expect(unit.lastBizStep).toBe("shipping");
      expect((await state(GTIN_A, "A1F301"))?.events.edges.map((edge) => edge.node.bizStep).sort()).toEqual(["commissioning", "packing", "shipping"]);
      expect(await codeOf(admin.request(ReplayRejectedDocument, { id }))).toEqual(["CONFLICT"]);
      expect(await codeOf(integrator.request(ReplayRejectedDocument, { id }))).toEqual(["FORBIDDEN"]);
      expect(await codeOf(hub.client("rot", "admin").request(ReplayRejectedDocument, { id }))).toEqual(["NOT_FOUND"]);
    });

    it("answers a redelivery with 200 and changes nothing", async () => {
      await drained(hub, "acme");
      const before = await hub.sql<{ n: string }>(`SELECT count(*) AS n FROM serials.events WHERE tenant_id = 'acme'`);
      const again = await post(webhook(), TWO_ITEMS, { ...XML, ...basicAuth(SECRET) });
      expect(again).toMatchObject({ status: 200, body: { status: "duplicate", deliveryId: "100/PRDCLNT100/0000000004711842" } });
      expect(await inboxRows("acme")).toBe(1);
      await drained(hub, "acme");
      expect(await hub.sql(`SELECT count(*) AS n FROM serials.events WHERE tenant_id = 'acme'`)).toEqual(before);
    });

    it("folds deliveries that arrive out of order by event time", async () => {
      const serials = ["OOO1", "OOO2", "OOO3"];
      const { captureEvents } = await integrator.request(CaptureEventsDocument, {
        epcis: epcisDocument([commissioning(serials.map((serial) => `https://id.gs1.org/01/${GTIN_A}/21/${serial}`), "2025-03-10T08:00:00Z")]),
      });
      expect(captureEvents.errors).toEqual([]);
      const shipment = idocXml({ docnum: "5000000001", vbeln: "0080020001", ean: GTIN_A, serials, date: "20250315" });
      const customerReturn = idocXml({ docnum: "5000000002", vbeln: "0060020002", ean: GTIN_A, serials, date: "20250320", lfart: "LR" });
      expect((await post(webhook(), customerReturn, { ...XML, ...basicAuth(SECRET) })).status).toBe(200);
      await drained(hub, "acme");
      expect((await post(webhook(), shipment, { ...XML, ...basicAuth(SECRET) })).status).toBe(200);
      await drained(hub, "acme");
      // The customer return (the later event) decides the state, though it arrived first.
      for (const serial of serials) {
        expect(await state(GTIN_A, serial)).toMatchObject({ status: "RETURNED", lastBizStep: "receiving", lastEventTime: "2025-03-20T09:19:02.000Z" });
      }
    });

    it("reports what it received, refused and handed on, per tenant", async () => {
      const { ingestStatus } = await admin.request(IngestStatusDocument);
      const sap = ingestStatus.connectors.find((entry) => entry.connector === "sap-idoc");
      expect(sap).toMatchObject({ pending: 0, delivered: 3, rejectedAfterStore: 0, lagSeconds: 0, duplicatesSinceStart: 1, unauthorizedSinceStart: 2 });
      expect(sap?.rejectedSinceStart).toBeGreaterThanOrEqual(3);
      const metrics = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${hub.token("acme", "admin")}` } });
      const text = await metrics.text();
      expect(metrics.status).toBe(200);
      expect(text).toContain('serialhub_ingest_deliveries_total{outcome="duplicate",connector="sap-idoc"} 1');
      expect(text).toContain("serialhub_ingest_lag_seconds 0.000");
      // Without a token: the hub's operational metrics, nothing of any tenant's (docs/security/operations.md).
      const scrape = await fetch(`${hub.url}/metrics`);
      expect(scrape.status).toBe(200);
      expect(await scrape.text()).not.toMatch(/serialhub_ingest_deliveries_total|sap-idoc|acme/);
      expect((await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${hub.token("acme", "integrator")}` } })).status).toBe(403);
    });
  });

  describe("POST /epcis/capture (GS1 REST binding)", () => {
    const capture = (body: unknown, token?: string, type = "application/ld+json") =>
      post(`${hub.url}/epcis/capture`, JSON.stringify(body), { "content-type": type, ...(token ? { authorization: `Bearer ${token}` } : {}) });

    it("answers 202 with the capture job, which reports success once the events are stored", async () => {
      const document = epcisDocument([commissioning([`https://id.gs1.org/01/${GTIN_A}/21/CAP-1`, `https://id.gs1.org/01/${GTIN_A}/21/CAP-2`])]);
      const answer = await capture(document, hub.token("acme", "integrator"));
      expect(answer.status).toBe(202);
      expect(answer.headers.get("gs1-epcis-version")).toBe("2.0.0");
      const location = answer.headers.get("location") as string;
      expect(location).toBe(`/epcis/capture/${answer.body.captureID}`);
      const job = await until("the capture job to finish", async () => {
        const response = await fetch(`${hub.url}${location}`, { headers: { authorization: `Bearer ${hub.token("acme", "integrator")}` } });
        const body = (await response.json()) as { running: boolean; success: boolean };
        return body.running ? undefined : body;
      });
      expect(job).toMatchObject({ captureID: answer.body.captureID, running: false, success: true, errors: [] });
      expect(await state(GTIN_A, "CAP-2")).toMatchObject({ status: "ACTIVE" });
      const again = await capture(document, hub.token("acme", "integrator"));
      expect(again).toMatchObject({ status: 202, body: { captureID: answer.body.captureID, status: "duplicate" } });
      // Another tenant cannot read the job.
      expect((await fetch(`${hub.url}${location}`, { headers: { authorization: `Bearer ${hub.token("rot", "admin")}` } })).status).toBe(404);
    });

    it("refuses an invalid document with 400 and where it is wrong", async () => {
      const event = commissioning([`https://id.gs1.org/01/${GTIN_A}/21/CAP-9`]) as Record<string, unknown>;
      delete event.eventTime;
      const answer = await capture(epcisDocument([event]), hub.token("acme", "integrator"));
      expect(answer).toMatchObject({ status: 400, body: { type: "epcisException:ValidationException", instance: expect.stringContaining("eventList") } });
    });

    it("takes every official GS1 example document, each job ending in success", async () => {
      const folder = projectPath("test/fixtures/epcis");
      const files = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith(".jsonld") ? [join(dir, name)] : []));
      const documents = files(folder).map((path) => JSON.parse(readFileSync(path, "utf8")) as { type: string }).filter((document) => document.type === "EPCISDocument");
      expect(documents.length).toBeGreaterThanOrEqual(28);
      const token = hub.token("examples", "integrator");
      const locations: string[] = [];
      for (const document of documents) {
        const answer = await capture(document, token);
        expect(answer.status).toBe(202);
        locations.push(answer.headers.get("location") as string);
      }
      for (const location of new Set(locations)) {
        const job = await until(`${location} to finish`, async () => {
          const body = (await (await fetch(`${hub.url}${location}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { running: boolean; success: boolean; errors: unknown[] };
          return body.running ? undefined : body;
        });
        expect(job).toMatchObject({ success: true, errors: [] });
      }
    });

    it("needs a token with a capturing role, and a JSON content type", async () => {
      const document = epcisDocument([commissioning([`https://id.gs1.org/01/${GTIN_A}/21/CAP-8`])]);
      expect((await capture(document)).status).toBe(401);
      expect((await capture(document, hub.token("acme", "auditor"))).status).toBe(403);
      expect((await capture(document, hub.token("acme", "integrator"), "text/plain")).status).toBe(415);
    });
  });
});
