import {
  CaptureEventsDocument,
  CreateLotDocument,
  CreateProductDocument,
  DashboardReportsDocument,
  DashboardScansDocument,
  GenerateSerialsDocument,
  ReportProblemDocument,
  SetProductLinksDocument,
  type GenerateSerialsMutation,
} from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import { epcisDocument, objectEvent } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GTIN = "09520123456788";
type Unit = GenerateSerialsMutation["generateSerials"]["serials"][number];

const LINKS = [
  { linkType: "gs1:pip", href: "https://brand.example/widget", title: "Widget product page", lang: "en", mediaType: "text/html" },
  { linkType: "gs1:pip", href: "https://brand.example/fr/widget", title: "Page produit", lang: "fr", mediaType: "text/html" },
  { linkType: "gs1:instructions", href: "https://brand.example/widget.pdf", title: "Instructions for use", lang: "en", mediaType: "application/pdf" },
  { linkType: "gs1:registerProduct", href: "https://brand.example/register", title: "Register for warranty" },
];
const IMAGE = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#36c"/></svg>').toString("base64")}`;

describe("the GS1 Digital Link resolver", () => {
  let hub: TestHub;
  let admin: HubClient;
  let units: Unit[];
  /** A unit's link on this hub instead of id.gs1.org, as a label printed for it would be. */
  const onHub = (link: string) => link.replace("https://id.gs1.org", hub.url);
  const get = (link: string, headers: Record<string, string> = {}) => fetch(onHub(link), { headers, redirect: "manual" });
  const verdictOf = (html: string) => /data-verdict="([a-z]+)"/.exec(html)?.[1];

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    await admin.request(CreateLotDocument, { input: { gtin: GTIN, lot: "L1", expiry: "2030-06-30" } });
    await admin.request(SetProductLinksDocument, { input: { gtin: GTIN, links: LINKS, image: IMAGE } });
    units = (await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 6, lot: "L1", commission: true } })).generateSerials.serials;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("gives a browser the verification page, with the verdict in the HTML and a strict CSP", async () => {
    const response = await get(units[0].digitalLink, { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "accept-language": "de-DE,de;q=0.9,en;q=0.8" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'.*script-src 'self'/);
    expect(response.headers.get("set-cookie")).toMatch(/sh_session=[A-Za-z0-9_-]{16,}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax/);
    const html = await response.text();
    expect(verdictOf(html)).toBe("genuine");
    expect(html).toContain("Genuine Widget by Acme.");
    expect(html).toContain('data-field="lot">L1<');
    expect(html).toContain('data-signature="VALID"');
    expect(html).toContain(`src="${IMAGE}"`);
    expect(html).toContain('href="https://brand.example/widget"');
    expect(html).toContain('<option value="DE" selected>');
    const [scan] = await hub.sql<{ country: string }>(
      "SELECT e.country FROM serials.events e JOIN serials.event_serials es USING (tenant_id, event_id) WHERE es.serial = $1 AND e.biz_step LIKE '%verification-scan'",
      [units[0].serial],
    );
    expect(scan.country).toBe("DE");
  });

  it("answers application/json with the verify result and the consumer outcome", async () => {
    const response = await get(units[1].digitalLink, { accept: "application/json" });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ verified: true, verdict: "GENUINE", outcome: "genuine", product: { name: "Widget" }, requestId: expect.any(String) });
    const owner = await fetch(onHub(units[1].digitalLink), { headers: { accept: "application/json", authorization: `Bearer ${hub.token("acme", "admin")}` } });
    expect(await owner.json()).toMatchObject({ signature: "VALID", recommendedAction: "ACCEPT", identifier: { gtin: GTIN, serial: units[1].serial } });
  });

  it("tells unknown, tampered and recalled units apart", async () => {
    const unknown = `https://id.gs1.org/01/${GTIN}/21/NOSUCHUNIT`;
    const tampered = units[2].digitalLink.replace(/8030=([A-Za-z0-9_-])/, (_, first: string) => `8030=${first === "A" ? "B" : "A"}`);
    await admin.request(CaptureEventsDocument, {
      epcis: epcisDocument([objectEvent({ bizStep: "holding", disposition: "recalled", epcList: [units[3].digitalLink.split("?")[0]], eventTime: new Date().toISOString() })]),
    });
    expect(verdictOf(await (await get(unknown)).text())).toBe("unverified");
    expect(verdictOf(await (await get(tampered)).text())).toBe("suspect");
    expect(verdictOf(await (await get(units[3].digitalLink)).text())).toBe("recalled");
    expect(verdictOf(await (await get(`https://id.gs1.org/01/04012345111118/21/X1`)).text())).toBe("unverified");
    const bad = await get(`https://id.gs1.org/01/${GTIN.slice(0, 13)}9/21/X`);
    expect(bad.status).toBe(400);
    expect(verdictOf(await bad.text())).toBe("unverified");
  });

  it("returns the GS1 linkset for linkType=all and redirects to one link type, in the reader's language", async () => {
    const linkset = await get(`${units[0].digitalLink}&linkType=all`);
    expect(linkset.headers.get("content-type")).toMatch(/^application\/linkset\+json/);
    const body = (await linkset.json()) as { linkset: Record<string, unknown>[] };
    expect(body.linkset[0]).toMatchObject({
      anchor: `https://id.gs1.org/01/${GTIN}/21/${units[0].serial}`,
      itemDescription: "Widget",
      "https://gs1.org/voc/defaultLink": [{ type: "text/html" }],
      "https://gs1.org/voc/pip": [
        { href: "https://brand.example/widget", title: "Widget product page", hreflang: ["en"], type: "text/html" },
        { href: "https://brand.example/fr/widget", hreflang: ["fr"] },
      ],
      "https://gs1.org/voc/instructions": [{ type: "application/pdf" }],
    });
    const pip = await get(`${units[0].digitalLink}&linkType=gs1:pip`, { "accept-language": "fr-CH,fr;q=0.9" });
    expect(pip.status).toBe(307);
    expect(pip.headers.get("location")).toBe("https://brand.example/fr/widget");
    const missing = await get(`${units[0].digitalLink}&linkType=gs1:smpc`);
    expect(verdictOf(await missing.text())).toBe("genuine");
    const vrs = await get(`${units[0].digitalLink}&linkType=verificationService`);
    expect(vrs.status).toBe(404);
  });

  it("keeps an explicit country choice in a cookie and uses it for the scan", async () => {
    const first = await get(`${units[4].digitalLink}&country=FR`, { "accept-language": "de-DE" });
    const cookies = first.headers.getSetCookie();
    expect(cookies.some((cookie) => cookie.startsWith("sh_country=FR;"))).toBe(true);
    expect(await first.text()).toContain('<option value="FR" selected>');
    const again = await get(units[4].digitalLink, { "accept-language": "de-DE", cookie: cookies.map((cookie) => cookie.split(";")[0]).join("; ") });
    expect(await again.text()).toContain('<option value="FR" selected>');
    const countries = await hub.sql<{ country: string }>(
      "SELECT e.country FROM serials.events e JOIN serials.event_serials es USING (tenant_id, event_id) WHERE es.serial = $1 ORDER BY e.record_time",
      [units[4].serial],
    );
    expect(countries.slice(-2).map((row) => row.country)).toEqual(["FR", "FR"]);
  });

  it("stores a problem report posted from the page without JavaScript, tied to its scan", async () => {
    const page = await (await get(units[5].digitalLink)).text();
    const scanId = /data-scan="([0-9a-f-]{36})"/.exec(page)?.[1];
    expect(scanId).toBeDefined();
    const form = new URLSearchParams({ kind: "PACK_TAMPERED", message: "Seal broken", contact: "me@example.org", scan: scanId as string, country: "AT" });
    const answer = await fetch(onHub(units[5].digitalLink), { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain("your report was sent");
    const [row] = await hub.sql<{ kind: string; scan_event_id: string | null; client: string; country: string }>("SELECT kind, scan_event_id, client, country FROM serials.problem_reports WHERE serial = $1", [units[5].serial]);
    expect(row).toMatchObject({ kind: "PACK_TAMPERED", country: "AT", client: expect.stringMatching(/^ip:/) });
    expect(row.scan_event_id).toMatch(/^urn:uuid:/);
    const refused = await fetch(onHub(units[5].digitalLink), { method: "POST", body: new URLSearchParams({ kind: "NONSENSE" }), headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(refused.status).toBe(400);
  });

  it("takes reports over GraphQL from anyone and shows them, and the scans by country, to the tenant", async () => {
    const { reportProblem } = await hub.client().request(ReportProblemDocument, { input: { code: units[0].digitalLink, kind: "LOOKS_COUNTERFEIT", message: "Odd font" } });
    expect(reportProblem.id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(hub.client().request(ReportProblemDocument, { input: { code: "(01)04012345111118(21)X", kind: "OTHER" } })).rejects.toMatchObject({ codes: ["NOT_FOUND"] });
    const { problemReports } = await admin.request(DashboardReportsDocument);
    expect(problemReports.edges.map((edge) => edge.node.kind)).toEqual(["LOOKS_COUNTERFEIT", "PACK_TAMPERED"]);
    await expect(hub.client("acme", "service_centre").request(DashboardReportsDocument)).rejects.toMatchObject({ codes: ["FORBIDDEN"] });
    expect((await hub.client("globex", "admin").request(DashboardReportsDocument)).problemReports.edges).toEqual([]);
    const { scanStats } = await admin.request(DashboardScansDocument, {});
    expect(scanStats).toEqual(expect.arrayContaining([{ country: "DE", count: expect.any(Number) }, { country: "FR", count: 2 }]));
  });

  it("prints the hub's own address in a QR label, so a phone camera lands on the verification page", async () => {
    const label = await fetch(`${hub.url}/labels/${GTIN}/${units[0].serial}.svg?format=qr&resolver=${encodeURIComponent(hub.url)}`, { headers: { authorization: `Bearer ${hub.token("acme", "admin")}` } });
    expect(label.status).toBe(200);
    const encoded = decodeURIComponent(label.headers.get("x-serialhub-encoded") ?? "");
    expect(encoded).toBe(onHub(units[0].digitalLink));
    expect(verdictOf(await (await fetch(encoded)).text())).toBe("genuine");
    const bad = await fetch(`${hub.url}/labels/${GTIN}/${units[0].serial}.svg?format=qr&resolver=javascript:x`, { headers: { authorization: `Bearer ${hub.token("acme", "admin")}` } });
    expect(bad.status).toBe(400);
  });

  it("checks product links and pictures", async () => {
    const set = (links: typeof LINKS, image?: string | null) => admin.execute(SetProductLinksDocument, { input: { gtin: GTIN, links, image } });
    const problems = [
      await set([{ ...LINKS[0], linkType: "pip" }]),
      await set([{ ...LINKS[0], linkType: "gs1:verificationService" }]),
      await set([{ ...LINKS[0], href: "javascript:alert(1)" }]),
      await set([], "https://cdn.example/picture.png"),
    ].map((result) => result.errors?.[0]?.extensions?.field);
    expect(problems).toEqual(["input.links[0].linkType", "input.links[0].linkType", "input.links[0].href", "input.image"]);
    expect((await set(LINKS)).data?.setProductLinks.image).toBe(IMAGE);
    expect((await hub.client("acme", "auditor").execute(SetProductLinksDocument, { input: { gtin: GTIN, links: [] } })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
