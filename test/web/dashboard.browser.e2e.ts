import { randomBytes } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { ConfigureConnectorDocument, CreateLocationDocument, CreateProductDocument, GenerateSerialsDocument, type GenerateSerialsMutation } from "../../clients/generated/graphql";
import { bearer } from "../../connectors/core/signers";
import { ensureWebBuilt, launchBrowser, screenshot } from "../../lib/testing/browser";
import { epcisDocument, objectEvent } from "../../lib/testing/epcis-fixtures";
import { post } from "../../lib/testing/ingest";
import { startTestHub, type TestHub } from "../../lib/testing/test-hub";

const GTIN = "09520123456788";
const BERLIN = "urn:epc:id:sgln:4012345.00001.0";
const SAO_PAULO = "urn:epc:id:sgln:4012345.00009.0";
type Unit = GenerateSerialsMutation["generateSerials"]["serials"][number];

describe("the operations dashboard in a real browser", () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;
  let units: Unit[];
  const secret = randomBytes(24).toString("hex");
  const epc = (unit: Unit) => unit.digitalLink.split("?")[0];
  /** A partner's EPCIS repository posting to the webhook, as in production. */
  const deliver = (events: unknown[]) => post(`${hub.url}/webhooks/acme/epcis`, JSON.stringify(epcisDocument(events)), { "content-type": "application/json", ...bearer(secret) });
  const mapCount = (country: string) => page.locator(`path[data-country="${country}"]`).getAttribute("data-anomalies");

  beforeAll(async () => {
    await ensureWebBuilt();
    hub = await startTestHub();
    const admin = hub.client("acme", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Infusion pump", brand: "Acme", markets: ["DE", "FR"], warrantyMonths: 24 } });
    await admin.request(CreateLocationDocument, { input: { id: BERLIN, name: "Berlin DC", country: "DE", lat: 52.52, lon: 13.405 } });
    await admin.request(CreateLocationDocument, { input: { id: SAO_PAULO, name: "São Paulo market stall", country: "BR", lat: -23.55, lon: -46.63 } });
    await admin.request(ConfigureConnectorDocument, { input: { connector: "epcis", secrets: [secret] } });
    units = (await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 3, commission: true } })).generateSerials.serials;
    // Received in Berlin just after generateSerials commissioned them.
    const received = await deliver([objectEvent({ bizStep: "receiving", disposition: "in_progress", epcList: units.map(epc), eventTime: new Date().toISOString(), bizLocation: { id: BERLIN } })]);
    expect(received.status).toBe(200);
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it("refuses a bad token with a reason, and shows a service centre no anomalies", async () => {
    await page.goto(`${hub.url}/dashboard`);
    await page.locator('form [name="token"]').fill("not-a-token");
    await page.locator('form button[type="submit"]').click();
    await page.getByText("This is not a token").waitFor();
    await screenshot(page, "dashboard-login-refused");
    await page.locator('[name="token"]').fill(hub.token("acme", "service_centre"));
    await page.locator('form button[type="submit"]').click();
    await page.getByRole("heading", { name: "Open recalls" }).waitFor();
    expect(await page.locator("#feed-h").count()).toBe(0);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.locator('[name="token"]').waitFor();
  });

  it("shows a cloned serial's anomalies live, without a reload, and counts them on the map", async () => {
    await page.locator('[name="token"]').fill(hub.token("acme", "admin"));
    await page.locator('form button[type="submit"]').click();
    await page.locator('.live-status[data-live="live"]').waitFor();
    await page.locator('path[data-country="BR"]').waitFor({ state: "attached" });
    expect(await mapCount("BR")).toBe("0");
    // Ordinary goods receipt raised nothing.
    expect(await page.locator("tr[data-anomaly-kind]").count()).toBe(0);
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    // The same serial turns up in São Paulo seconds after it was received in Berlin: a clone.
    const posted = Date.now();
    const clone = await deliver([objectEvent({ bizStep: "receiving", disposition: "in_progress", epcList: [epc(units[0])], eventTime: new Date().toISOString(), bizLocation: { id: SAO_PAULO } })]);
    expect(clone.status).toBe(200);
    await page.locator('tr[data-anomaly-kind="IMPOSSIBLE_TRAVEL"]').waitFor({ timeout: 10_000 });
    const latencyMs = Date.now() - posted;
    console.log(`IMPOSSIBLE_TRAVEL row on screen ${latencyMs} ms after the webhook was posted`);

    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await page.waitForFunction(() => Number(document.querySelector('path[data-country="BR"]')?.getAttribute("data-anomalies")) >= 2);
    expect(Number(await mapCount("BR"))).toBeGreaterThanOrEqual(2);
    expect(await page.locator('tr[data-anomaly-kind="IMPOSSIBLE_TRAVEL"] td').nth(5).textContent()).toBe("BR");
    expect(await page.locator('[data-kind="IMPOSSIBLE_TRAVEL"]').getAttribute("data-count")).toBe("1");
    expect(await page.locator(`[data-product="${GTIN}"] .label`).textContent()).toBe("Infusion pump");
    await screenshot(page, "dashboard-live-clone");
  });

  it("drills down into the unit: timeline, custody chain and ledger proofs checked in the browser", async () => {
    await page.locator('tr[data-anomaly-kind="IMPOSSIBLE_TRAVEL"] button.link').click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: `Infusion pump · ${units[0].serial}` }).waitFor();
    expect(await dialog.locator(".timeline li").count()).toBe(3);
    expect(await dialog.locator(".custody li strong").allTextContents()).toEqual(expect.arrayContaining(["Berlin DC", "São Paulo market stall"]));
    await dialog.locator('[data-ledger="ok"]').waitFor();
    await screenshot(page, "dashboard-drill-down");
    await dialog.getByRole("button", { name: "Close" }).click();
  });
});
