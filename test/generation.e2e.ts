import { createPublicKey, verify, type JsonWebKey } from "node:crypto";
import {
  CaptureEventsDocument,
  CreateLotDocument,
  CreateProductDocument,
  GenerateSerialsDocument,
  JobDocument,
  JobProgressDocument,
  LookupDocument,
  RotateSigningKeyDocument,
  SetSerialPolicyDocument,
} from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import { epcisDocument, objectEvent } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GTIN = "09520123456788";

interface Jwk {
  kid: string;
  x: string;
  crv: string;
  kty: string;
  serialhub_tenant: string;
}

async function jwks(hub: TestHub): Promise<Jwk[]> {
  const response = await fetch(`${hub.url}/.well-known/jwks.json`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { keys: Jwk[] }).keys;
}

/** Verifies a Digital Link's AI 8030 with the published keys, as a partner would offline. */
function verifiesOffline(link: string, keys: Jwk[]): boolean {
  const url = new URL(link);
  const [, , gtin, , serial] = url.pathname.split("/");
  const signature = Buffer.from(url.searchParams.get("8030") ?? "", "base64url");
  return keys.some((jwk) => verify(null, Buffer.from(`(01)${gtin}(21)${decodeURIComponent(serial)}`), createPublicKey({ key: jwk as unknown as JsonWebKey, format: "jwk" }), signature));
}

describe("serial generation, signed codes and jobs", () => {
  let hub: TestHub;
  let admin: HubClient;

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    await admin.request(CreateLotDocument, { input: { gtin: GTIN, lot: "L1", expiry: "2027-06-30" } });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("issues random serials from the policy's alphabet, signed in their Digital Link", async () => {
    const { generateSerials } = await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 25, lot: "L1" } });
    expect(generateSerials.count).toBe(25);
    expect(generateSerials.job).toBeNull();
    const [first] = generateSerials.serials;
    expect(first).toMatchObject({ gtin: GTIN, status: "ALLOCATED", lot: "L1", expiry: "2027-06-30", commissionedAt: null });
    expect(first.serial).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWX]{12}$/);
    expect(first.elementString).toBe(`(01)${GTIN}(21)${first.serial}`);
    expect(new Set(generateSerials.serials.map((unit) => unit.serial)).size).toBe(25);
    const keys = await jwks(hub);
    expect(keys.filter((key) => key.serialhub_tenant === "acme")).toHaveLength(1);
    expect(generateSerials.serials.every((unit) => verifiesOffline(unit.digitalLink, keys))).toBe(true);

    const { lookup } = await admin.request(LookupDocument, { code: first.digitalLink });
    expect(lookup).toMatchObject({ gtin: GTIN, serial: first.serial, unit: { status: "ALLOCATED" } });
    expect(lookup.ais.map((ai) => ai.ai)).toEqual(["01", "21", "8030"]);
  });

  it("commissions at once when asked, with one EPCIS event for the batch", async () => {
    const { generateSerials } = await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 3, commission: true } });
    expect(generateSerials.serials.map((unit) => unit.status)).toEqual(["ACTIVE", "ACTIVE", "ACTIVE"]);
    const events = await hub.sql<{ count: string }>(
      "SELECT count(DISTINCT event_id) FROM serials.event_serials WHERE tenant_id = 'acme' AND serial = ANY($1)",
      [generateSerials.serials.map((unit) => unit.serial)],
    );
    expect(events[0].count).toBe("1");
  });

  it("calls an issued but uncommissioned serial not yet commissioned, never unknown", async () => {
    const { generateSerials } = await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 1 } });
    const epc = generateSerials.serials[0].digitalLink.split("?")[0];
    const capture = await admin.request(CaptureEventsDocument, { epcis: epcisDocument([objectEvent({ bizStep: "shipping", epcList: [epc] })]) });
    expect(capture.captureEvents.accepted).toBe(1);
    expect(capture.captureEvents.anomalies.map((anomaly) => anomaly.kind)).toEqual(["NOT_YET_COMMISSIONED"]);
  });

  it("encrypts a counter when the policy says ENCRYPTED_COUNTER", async () => {
    const gtin = "04012345111118";
    await admin.request(CreateProductDocument, { input: { gtin, name: "Gadget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    await admin.request(SetSerialPolicyDocument, { input: { gtin, length: 8, alphabet: "0123456789", mode: "ENCRYPTED_COUNTER" } });
    const first = await admin.request(GenerateSerialsDocument, { input: { gtin, count: 500 } });
    const second = await admin.request(GenerateSerialsDocument, { input: { gtin, count: 500 } });
    const all = [...first.generateSerials.serials, ...second.generateSerials.serials].map((unit) => unit.serial);
    expect(new Set(all).size).toBe(1000);
    expect(all.every((serial) => /^\d{8}$/.test(serial))).toBe(true);
    const counters = await hub.sql<{ next_counter: string; issued: string }>(
      "SELECT next_counter, issued FROM serials.serial_counters JOIN serials.counter_cursors USING (tenant_id, gtin) WHERE gtin = $1",
      [gtin],
    );
    expect(counters[0]).toEqual({ next_counter: "1000", issued: "1000" });
  });

  it("refuses to issue past space / 10,000 and says why", async () => {
    const gtin = "00614141073467";
    await admin.request(CreateProductDocument, { input: { gtin, name: "Small", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    const { setSerialPolicy } = await admin.request(SetSerialPolicyDocument, { input: { gtin, length: 6, alphabet: "0123456789" } });
    expect(setSerialPolicy.serialPolicy).toMatchObject({ space: "1000000", maxIssuable: "100", mode: "RANDOM" });
    const tooMany = await admin.execute(GenerateSerialsDocument, { input: { gtin, count: 101 } });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", issued: "0", maxIssuable: "100" } });
    expect(tooMany.errors?.[0].message).toMatch(/guess bound/);
    expect((await admin.request(GenerateSerialsDocument, { input: { gtin, count: 100 } })).generateSerials.count).toBe(100);
    const oneMore = await admin.execute(GenerateSerialsDocument, { input: { gtin, count: 1 } });
    expect(oneMore.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", issued: "100" } });
  });

  it("refuses unworkable policies, unknown lots and products of other tenants", async () => {
    const policy = await admin.execute(SetSerialPolicyDocument, { input: { gtin: GTIN, length: 4, alphabet: "0123456789", mode: "ENCRYPTED_COUNTER" } });
    expect(policy.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.length" } });
    const lot = await admin.execute(GenerateSerialsDocument, { input: { gtin: GTIN, count: 1, lot: "NOPE" } });
    expect(lot.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND", field: "input.lot" } });
    const other = await hub.client("globex", "admin").execute(GenerateSerialsDocument, { input: { gtin: GTIN, count: 1 } });
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    const count = await admin.execute(GenerateSerialsDocument, { input: { gtin: GTIN, count: 0 } });
    expect(count.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.count" } });
  });

  it("runs large counts as a job with live progress and a CSV export", async () => {
    const { generateSerials } = await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 25_000, lot: "L1" } });
    const job = generateSerials.job;
    expect(job).toMatchObject({ status: "QUEUED", total: 25_000 });
    expect(generateSerials.serials).toEqual([]);
    const progress = hub.client("acme", "integrator").subscribe(JobProgressDocument, { id: job!.id });
    const seen: number[] = [];
    for await (const event of progress) {
      seen.push(event.data!.jobProgress.done);
      if (event.data!.jobProgress.status === "DONE") {
        break;
      }
    }
    expect(seen.at(-1)).toBe(25_000);
    expect((await admin.request(JobDocument, { id: job!.id })).job).toMatchObject({ status: "DONE", done: 25_000, progress: 1 });

    const csv = await fetch(`${hub.url}/jobs/${job!.id}/serials.csv`, { headers: { authorization: `Bearer ${hub.token("acme", "integrator")}` } });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe("gtin,serial,lot,expiry,status,digital_link,element_string");
    expect(lines).toHaveLength(25_001);
    const keys = await jwks(hub);
    expect(verifiesOffline(lines[1].split(",")[5], keys)).toBe(true);
    expect(new Set(lines.slice(1).map((line) => line.split(",")[1])).size).toBe(25_000);

    const stranger = await fetch(`${hub.url}/jobs/${job!.id}/serials.csv`, { headers: { authorization: `Bearer ${hub.token("globex", "admin")}` } });
    expect(stranger.status).toBe(404);
    expect((await fetch(`${hub.url}/jobs/${job!.id}/serials.csv`)).status).toBe(401);
  });

  it("keeps codes signed before a key rotation verifiable", async () => {
    const before = (await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 1 } })).generateSerials.serials[0];
    const kid = (await admin.request(RotateSigningKeyDocument)).rotateSigningKey;
    const after = (await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 1 } })).generateSerials.serials[0];
    const keys = await jwks(hub);
    expect(keys.map((key) => key.kid)).toContain(kid);
    expect(verifiesOffline(before.digitalLink, keys) && verifiesOffline(after.digitalLink, keys)).toBe(true);
    expect(verifiesOffline(after.digitalLink, keys.filter((key) => key.kid === kid))).toBe(true);
  });
});
