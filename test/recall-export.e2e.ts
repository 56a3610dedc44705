import type { HubClient } from "../clients/client";
import {
  AmendRecallDocument,
  CloseRecallDocument,
  CreateProductDocument,
  OpenRecallDocument,
  PreviewRecallDocument,
  RecallDocument,
  RecallProgressDocument,
  RecallsDocument,
  SerialRecallReasonsDocument,
  SerialRecallsDocument,
  type OpenRecallInput,
} from "../clients/generated/graphql";
import type { Role } from "../lib/auth/identity";
import { WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const UNITS = 200_000;
const RECALLED = 150_000;
const serialOf = (n: number) => String(n).padStart(7, "0");
const input = (scope: OpenRecallInput["scope"]): OpenRecallInput => ({ gtin: WIDGET_GTIN, scope, reason: "Mislabelled dose.", instructions: "Quarantine it." });

describe("recall exports, serial list uploads and who may see what", () => {
  let hub: TestHub;
  let coordinator: HubClient;
  let recallId: string;

  const rest = (path: string, init: RequestInit = {}, tenant = "acme", ...roles: Role[]) =>
    fetch(`${hub.url}${path}`, {
      ...init,
      headers: { ...(roles.length ? { authorization: `Bearer ${hub.token(tenant, ...roles)}` } : {}), ...(init.headers ?? {}) },
    });
  const upload = (csv: string, ...roles: Role[]) =>
    rest(`/recalls/serial-lists?gtin=${WIDGET_GTIN}`, { method: "POST", body: csv, headers: { "content-type": "text/csv" } }, "acme", ...(roles.length ? roles : ["recall_coordinator" as Role]));

  beforeAll(async () => {
    hub = await startTestHub();
    coordinator = hub.client("acme", "recall_coordinator");
    await hub.client("acme", "admin").request(CreateProductDocument, { input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    // A registry too large to build event by event here: the units are written directly, as the benchmark's generator does.
    await hub.sql(
      `INSERT INTO serials.serials (tenant_id, gtin, serial, status, lot, last_country, last_biz_location, commissioned_at)
       SELECT 'acme', $1, lpad(n::text, 7, '0'), CASE WHEN n % 4 = 0 THEN 'SOLD' ELSE 'IN_TRANSIT' END, 'L' || (n / 10000), 'DE',
              'urn:epc:id:sgln:4012345.00001.' || (n % 3), '2025-03-01T00:00:00Z'
       FROM generate_series(1, $2::int) AS n`,
      [WIDGET_GTIN, UNITS],
    );
    await hub.sql("ANALYZE serials.serials");
    recallId = (await coordinator.request(OpenRecallDocument, { input: input({ serialRanges: [{ from: "1", to: String(RECALLED) }] }) })).openRecall.id;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it(`streams the ${RECALLED.toLocaleString("en")} affected units as CSV with state, location and custodian`, async () => {
    const response = await rest(`/recalls/${recallId}/affected.csv`, {}, "acme", "recall_coordinator");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let chunks = 0;
    let text = "";
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks += 1;
      text += decoder.decode(read.value, { stream: true });
    }
    const lines = text.trimEnd().split("\n");
    expect(chunks).toBeGreaterThan(10);
    expect(lines[0]).toBe("gtin,serial,state,status,listed,lot,expiry,last_event_time,last_biz_step,last_country,last_biz_location,last_read_point,custodian");
    expect(lines).toHaveLength(RECALLED + 1);
    expect(lines[1]).toBe(`${WIDGET_GTIN},0000001,IN_CHANNEL,IN_TRANSIT,false,L0,,,,DE,urn:epc:id:sgln:4012345.00001.1,,urn:epc:id:sgln:4012345.00001.1`);
    expect(lines[4]).toMatch(/^10614141073464,0000004,SOLD,SOLD,false,/);
    expect(lines.at(-1)).toMatch(new RegExp(`^${WIDGET_GTIN},${serialOf(RECALLED)},`));
  });

  it("uploads a CSV serial list, previews and opens a recall over it with the same count", async () => {
    const serials = Array.from({ length: 50_000 }, (_, i) => serialOf(UNITS - i * 3));
    const csv = ["serial", ...serials, serials[0], `${WIDGET_GTIN},NEVER-SEEN`, '"QUOTED,1"'].join("\r\n");
    const response = await upload(csv);
    expect(response.status).toBe(201);
    const list = (await response.json()) as { id: string; count: number };
    expect(list.count).toBe(50_002);
    const { previewRecall } = await coordinator.request(PreviewRecallDocument, { input: input({ serialLists: [list.id] }) });
    const { openRecall } = await coordinator.request(OpenRecallDocument, { input: input({ serialLists: [list.id] }) });
    expect([previewRecall.affectedCount, openRecall.affectedCount, openRecall.scope?.listedCount]).toEqual([50_002, 50_002, 50_002]);
    expect(previewRecall.byStatus).toContainEqual({ key: null, count: 2 });
  });

  it("refuses a bad upload whole, with line numbers, and uploads without the role", async () => {
    const before = await hub.sql(`SELECT count(*)::int AS lists FROM recalls.serial_lists`);
    const bad = await upload(["serial", "OK-1", "not ok", "OK-2", `04012345111118,OK-3`].join("\n"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      problems: [
        { line: 3, message: '"not ok" is not a serial: 1 to 20 GS1 CSET 82 characters.' },
        { line: 5, message: "GTIN 04012345111118 is not the list's GTIN 10614141073464." },
      ],
    });
    expect(await hub.sql(`SELECT count(*)::int AS lists FROM recalls.serial_lists`)).toEqual(before);
    expect((await upload("serial\nA1", "integrator")).status).toBe(403);
    expect((await rest(`/recalls/serial-lists?gtin=${WIDGET_GTIN}`, { method: "POST", body: "A1" })).status).toBe(401);
    expect((await upload("serial\nA1", "admin")).status).toBe(201);
  });

  it("shows a service centre only that a unit is recalled and what to do", async () => {
    const centre = hub.client("acme", "service_centre");
    const { serial } = await centre.request(SerialRecallsDocument, { gtin: WIDGET_GTIN, serial: "0000002" });
    expect(serial?.recalls).toContainEqual({ id: recallId, title: "Mislabelled dose.", status: "OPEN", instructions: "Quarantine it.", severity: null });
    const reasons = await centre.execute(SerialRecallReasonsDocument, { gtin: WIDGET_GTIN, serial: "0000002" });
    expect(reasons.errors?.map((error) => error.extensions?.code)).toContain("FORBIDDEN");
    for (const [document, variables] of [
      [RecallDocument, { id: recallId }],
      [RecallProgressDocument, { id: recallId }],
      [PreviewRecallDocument, { input: input({ lots: ["L1"] }) }],
      [OpenRecallDocument, { input: input({ lots: ["L1"] }) }],
      [CloseRecallDocument, { id: recallId }],
    ] as const) {
      const response = await centre.execute(document as never, variables as never);
      expect(response.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
    }
    expect((await rest(`/recalls/${recallId}/affected.csv`, {}, "acme", "service_centre")).status).toBe(403);
    expect((await hub.client().execute(RecallDocument, { id: recallId })).errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("lets an integrator read recalls but not open them", async () => {
    const integrator = hub.client("acme", "integrator");
    expect((await integrator.request(RecallDocument, { id: recallId })).recall).toMatchObject({ reason: "Mislabelled dose.", affectedCount: RECALLED });
    expect((await integrator.execute(OpenRecallDocument, { input: input({ lots: ["L1"] }) })).errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" } });
  });

  it("keeps tenants apart", async () => {
    const globex = hub.client("globex", "recall_coordinator");
    expect((await globex.request(RecallDocument, { id: recallId })).recall).toBeNull();
    expect((await globex.request(RecallsDocument, {})).recalls.edges).toEqual([]);
    for (const [document, variables] of [
      [RecallProgressDocument, { id: recallId }],
      [AmendRecallDocument, { id: recallId, scope: { lots: ["L1"] } }],
      [CloseRecallDocument, { id: recallId }],
    ] as const) {
      expect((await globex.execute(document as never, variables as never)).errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND" } });
    }
    expect((await globex.execute(PreviewRecallDocument, { input: input({ lots: ["L1"] }) })).errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND", field: "input.gtin" } });
    expect((await rest(`/recalls/${recallId}/affected.csv`, {}, "globex", "recall_coordinator")).status).toBe(404);
    expect((await coordinator.request(RecallDocument, { id: recallId })).recall?.status).toBe("OPEN");
  });
});
