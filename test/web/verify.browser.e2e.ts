import type { Browser, BrowserContext, Page } from "playwright-core";
import { CaptureEventsDocument, CreateLotDocument, CreateProductDocument, GenerateSerialsDocument, SetProductLinksDocument, type GenerateSerialsMutation } from "../../clients/generated/graphql";
import { ensureWebBuilt, launchBrowser, screenshot } from "../../lib/testing/browser";
import { epcisDocument, objectEvent } from "../../lib/testing/epcis-fixtures";
import { until } from "../../lib/testing/ingest";
import { startTestHub, type TestHub } from "../../lib/testing/test-hub";

const GTIN = "09520123456788";
type Unit = GenerateSerialsMutation["generateSerials"]["serials"][number];
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "de-DE" };
const PICTURE = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><rect width="96" height="96" rx="12" fill="#dbeafe"/><rect x="30" y="14" width="36" height="68" rx="8" fill="#1d4ed8"/><rect x="38" y="24" width="20" height="12" rx="2" fill="#fff"/></svg>',
).toString("base64")}`;

describe("the verification page in a real browser", () => {
  let hub: TestHub;
  let browser: Browser;
  let units: Unit[];
  /** Every URL a page asked for: nothing may come from anywhere but the hub. */
  const requested: string[] = [];
  const onHub = (link: string) => link.replace("https://id.gs1.org", hub.url);

  async function phone(options: Parameters<Browser["newContext"]>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ ...PHONE, ...options });
    const page = await context.newPage();
    page.on("request", (request) => requested.push(request.url()));
    return { context, page };
  }

  async function verdictOf(link: string, shot: string): Promise<string | null> {
    const { context, page } = await phone();
    await page.goto(onHub(link));
    const verdict = await page.locator("[data-verdict]").getAttribute("data-verdict");
    await screenshot(page, shot);
    await context.close();
    return verdict;
  }

  beforeAll(async () => {
    await ensureWebBuilt();
    hub = await startTestHub();
    const admin = hub.client("acme", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Insulin pen 3 ml", brand: "Acme Pharma", markets: ["DE"], warrantyMonths: 0 } });
    await admin.request(CreateLotDocument, { input: { gtin: GTIN, lot: "B2503", expiry: "2030-06-30" } });
    await admin.request(SetProductLinksDocument, {
      input: {
        gtin: GTIN,
        image: PICTURE,
        links: [
          { linkType: "gs1:pip", href: "https://acme.example/insulin-pen", title: "Product information", lang: "en" },
          { linkType: "gs1:epil", href: "https://acme.example/insulin-pen/leaflet.pdf", title: "Patient leaflet (PDF)", lang: "en", mediaType: "application/pdf" },
        ],
      },
    });
    units = (await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 6, lot: "B2503", commission: true } })).generateSerials.serials;
    await admin.request(CaptureEventsDocument, {
      epcis: epcisDocument([objectEvent({ bizStep: "holding", disposition: "recalled", epcList: [units[1].digitalLink.split("?")[0]], eventTime: new Date().toISOString() })]),
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("shows the four verdicts: genuine, unknown, recalled and a tampered signature", async () => {
    const tampered = units[2].digitalLink.replace(/8030=([A-Za-z0-9_-])/, (_, first: string) => `8030=${first === "A" ? "B" : "A"}`);
    expect(await verdictOf(units[0].digitalLink, "verify-genuine")).toBe("genuine");
    expect(await verdictOf(`https://id.gs1.org/01/${GTIN}/21/NOTAREALCODE`, "verify-unknown")).toBe("unverified");
    expect(await verdictOf(units[1].digitalLink, "verify-recalled")).toBe("recalled");
    expect(await verdictOf(tampered, "verify-tampered")).toBe("suspect");
    expect(requested.filter((url) => !url.startsWith(hub.url) && !url.startsWith("data:"))).toEqual([]);
  });

  it("gives the verdict without JavaScript, and keeps the location button hidden", async () => {
    const { context, page } = await phone({ javaScriptEnabled: false });
    await page.goto(onHub(units[3].digitalLink));
    expect(await page.locator("[data-verdict]").getAttribute("data-verdict")).toBe("genuine");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Genuine product");
    expect(await page.locator("#locate-box").isVisible()).toBe(false);
    await page.getByLabel("Country").selectOption("AT");
    await page.getByRole("button", { name: "Update" }).click();
    await page.waitForURL(/country=AT/);
    expect(await page.getByLabel("Country").inputValue()).toBe("AT");
    expect(page.url()).toContain("8030=");
    await context.close();
  });

  it("adds the precise position only after the person agrees", async () => {
    const { context, page } = await phone({ permissions: ["geolocation"], geolocation: { latitude: 48.2082, longitude: 16.3738 } });
    await page.goto(onHub(units[4].digitalLink));
    const button = page.getByRole("button", { name: "Share my precise location" });
    await button.waitFor();
    const before = await hub.sql("SELECT 1 FROM serials.event_serials WHERE serial = $1", [units[4].serial]);
    await button.click();
    await page.getByText("Thank you: your position was added").waitFor();
    const scans = await until("the located scan", async () => {
      const rows = await hub.sql<{ scan: { lat: number; lon: number; session: string; requestId: string } }>(
        "SELECT e.body -> 'serialhub:verificationScan' AS scan FROM serials.events e JOIN serials.event_serials es USING (tenant_id, event_id) WHERE es.serial = $1 ORDER BY e.record_time",
        [units[4].serial],
      );
      return rows.length > before.length ? rows : undefined;
    });
    const [plain, located] = scans.slice(-2).map((row) => row.scan);
    expect(located).toMatchObject({ lat: 48.2082, lon: 16.3738, session: plain.session, requestId: plain.requestId });
    expect(plain).toMatchObject({ lat: null, lon: null });
    await screenshot(page, "verify-located");
    await context.close();
  });

  it("sends a problem report from the keyboard, without leaving the page", async () => {
    const { context, page } = await phone();
    await page.goto(onHub(units[5].digitalLink));
    await page.getByLabel("The pack was opened, damaged or tampered with").focus();
    await page.keyboard.press("Space");
    await page.getByLabel("Details (optional)").fill("The seal was already broken.");
    await page.getByLabel(/Email or phone/).fill("pharmacist@example.org");
    await page.getByRole("button", { name: "Send report" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Thank you: your report was sent").waitFor();
    expect(page.url()).toBe(onHub(units[5].digitalLink));
    const [report] = await hub.sql<{ kind: string; message: string; scan_event_id: string | null }>("SELECT kind, message, scan_event_id FROM serials.problem_reports WHERE serial = $1", [units[5].serial]);
    expect(report).toMatchObject({ kind: "PACK_TAMPERED", message: "The seal was already broken.", scan_event_id: expect.stringMatching(/^urn:uuid:/) });
    await screenshot(page, "verify-reported");
    await context.close();
  });
});
