import { BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from "@zxing/library";
import { PNG } from "pngjs";
import {
  AnomalyDetectedDocument,
  CaptureEventsDocument,
  ConfigureVerificationServiceDocument,
  CreateLotDocument,
  CreateProductDocument,
  GenerateSerialsDocument,
  VerifyDocument,
  type GenerateSerialsMutation,
} from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import { parseCode } from "../lib/gs1/code";
import { epcisDocument, objectEvent } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GTIN = "09520123456788";
type Unit = GenerateSerialsMutation["generateSerials"]["serials"][number];

/**
 * Decodes a PNG barcode the way a phone or scanner would, to check what a label really carries.
 * A camera sees a label at many sizes: zxing-js misses about one QR code in ten at the rendered
 * 3 px per module that zbar reads fine, and finds every one of them sampled at 1 or 1.5 px per
 * module, so it tries those sizes too.
 */
function decodePng(png: Buffer): string {
  const image = PNG.sync.read(png);
  let failure: unknown;
  for (const step of [1, 2, 3]) {
    const width = Math.floor(image.width / step);
    const height = Math.floor(image.height / step);
    const luminance = new Uint8ClampedArray(width * height);
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        luminance[y * width + x] = image.data[(y * step * image.width + x * step) * 4];
      }
    }
    const reader = new MultiFormatReader();
    reader.setHints(new Map([[DecodeHintType.TRY_HARDER, true]]));
    try {
      return reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, width, height)))).getText();
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

describe("verification, the VRS endpoint and labels", () => {
  let hub: TestHub;
  let admin: HubClient;
  let units: Unit[];

  const forge = (link: string) => link.replace(/8030=([A-Za-z0-9_-])/, (_, first: string) => `8030=${first === "A" ? "B" : "A"}`);

  beforeAll(async () => {
    hub = await startTestHub();
    admin = hub.client("acme", "admin");
    await admin.request(CreateProductDocument, { input: { gtin: GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    await admin.request(CreateLotDocument, { input: { gtin: GTIN, lot: "L1", expiry: "2030-06-30" } });
    units = (await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 4, lot: "L1", commission: true } })).generateSerials.serials;
  });

  afterAll(async () => {
    await hub?.stop();
  });

  describe("verify", () => {
    it("tells the owning tenant everything about a genuine unit", async () => {
      const { verify } = await admin.request(VerifyDocument, { code: units[0].digitalLink, context: { requestId: "req-1" } });
      expect(verify).toMatchObject({
        requestId: "req-1",
        verified: true,
        verdict: "GENUINE",
        message: "Genuine Widget by Acme.",
        product: { name: "Widget", brand: "Acme" },
        failureReason: null,
        additionalInfo: [],
        state: { status: "ACTIVE", reason: null },
        signature: "VALID",
        recommendedAction: "ACCEPT",
        identifier: { gtin: GTIN, serial: units[0].serial },
      });
    });

    it("gives anonymous callers the verdict, product name and message only, and records their scan", async () => {
      const { verify } = await hub.client().request(VerifyDocument, { code: units[1].digitalLink, context: { country: "FR" } });
      expect(verify).toMatchObject({ verified: true, verdict: "GENUINE", product: { name: "Widget", brand: null }, message: "Genuine Widget by Acme." });
      expect(verify).toMatchObject({ failureReason: null, additionalInfo: null, state: null, signature: null, recommendedAction: null, identifier: null });
      const scans = await hub.sql<{ country: string; biz_step: string }>(
        "SELECT e.country, e.biz_step FROM serials.events e JOIN serials.event_serials es USING (tenant_id, event_id) WHERE es.serial = $1 ORDER BY e.event_time",
        [units[1].serial],
      );
      expect(scans.at(-1)).toEqual({ country: "FR", biz_step: "urn:serialhub:bizstep:verification-scan" });
    });

    it.each([
      ["an unknown serial", () => `(01)${GTIN}(21)NOSUCHSERIAL`, "NO_MATCH_GTIN_SERIAL"],
      ["a wrong lot", () => `(01)${GTIN}(10)L2(21)${units[0].serial}`, "NO_MATCH_LOT"],
      ["a wrong expiry", () => `(01)${GTIN}(17)300731(10)L1(21)${units[0].serial}`, "NO_MATCH_EXPIRY"],
      ["a wrong lot and expiry", () => `(01)${GTIN}(17)300731(10)L2(21)${units[0].serial}`, "NO_MATCH_LOT_EXPIRY"],
      ["an unknown GTIN", () => "(01)04012345111118(21)X", "GTIN_UNKNOWN"],
      ["a forged signature", () => forge(units[0].digitalLink), "SIGNATURE_INVALID"],
    ])("answers %s with verified false, not an error", async (_name, code, reason) => {
      const { verify } = await admin.request(VerifyDocument, { code: code() });
      expect(verify).toMatchObject({ verified: false, verdict: "SUSPECT", failureReason: reason, recommendedAction: "REJECT" });
    });

    it("raises SIGNATURE_FAILURE for a forged signature, and a copied signature on another serial", async () => {
      const feed = hub.client("acme", "auditor").subscribe(AnomalyDetectedDocument, { filter: { kinds: ["SIGNATURE_FAILURE"] } });
      const next = feed.next();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const copied = units[2].digitalLink.replace(`/21/${units[2].serial}`, `/21/${units[3].serial}`);
      const { verify } = await hub.client().request(VerifyDocument, { code: copied });
      expect(verify).toMatchObject({ verified: false, verdict: "SUSPECT" });
      const event = await next;
      expect(event.value?.data?.anomalyDetected).toMatchObject({ kind: "SIGNATURE_FAILURE", severity: "CRITICAL", serial: { serial: units[3].serial } });
      await feed.return?.();
    });

    it("flags expired and sold units", async () => {
      const sold = units[3];
      await admin.request(CaptureEventsDocument, {
        epcis: epcisDocument([objectEvent({ bizStep: "retail_selling", epcList: [sold.digitalLink.split("?")[0]], eventTime: new Date().toISOString() })]),
      });
      const { verify } = await admin.request(VerifyDocument, { code: `(01)${GTIN}(21)${sold.serial}` });
      expect(verify).toMatchObject({ verified: true, state: { status: "INACTIVE", reason: "SOLD" }, recommendedAction: "QUARANTINE", signature: "ABSENT" });
      const expired = await admin.request(VerifyDocument, { code: `(01)${GTIN}(17)200101(21)NOSUCH` });
      expect(expired.verify.additionalInfo).toEqual(["EXPIRED"]);
    });

    it("refuses a malformed code with BAD_CODE and writes nothing", async () => {
      const before = await hub.sql("SELECT 1 FROM serials.events");
      const result = await hub.client().execute(VerifyDocument, { code: `(01)${GTIN.slice(0, 13)}9(21)X` });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_CODE", ai: "01" } });
      const badContext = await hub.client().execute(VerifyDocument, { code: units[0].digitalLink, context: { country: "Germany" } });
      expect(badContext.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "context.country" } });
      expect(await hub.sql("SELECT 1 FROM serials.events")).toHaveLength(before.length);
    });
  });

  describe("the DSCSA VRS endpoint", () => {
    const REQUESTOR = "0614141000005";
    const vrsUrl = (unit: Unit, extra = "") =>
      `${hub.url}/01/${GTIN}/10/L1/21/${unit.serial}?17=300630&linkType=verificationService&corrUUID=7c2ad8a4-0000-4000-8000-000000000001${extra}`;

    beforeAll(async () => {
      await admin.request(ConfigureVerificationServiceDocument, {
        input: { responderGln: "9520123000004", requestors: [{ gln: REQUESTOR, name: "Wholesaler" }] },
      });
    });

    it("answers an allow-listed requestor in the VRS wire format", async () => {
      const response = await fetch(vrsUrl(units[0], `&reqGLN=${REQUESTOR}`));
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toEqual({
        verificationTimestamp: expect.any(String),
        responderGLN: "9520123000004",
        corrUUID: "7c2ad8a4-0000-4000-8000-000000000001",
        data: { verified: true },
      });
      const mismatch = await fetch(vrsUrl(units[0], `&reqGLN=${REQUESTOR}`).replace("/10/L1/", "/10/L9/"));
      expect(await mismatch.json()).toMatchObject({ data: { verified: false, verificationFailureReason: "No_match_GTIN_Serial_Lot" } });
    });

    it("refuses unknown requestors (403) and requests without a requestor GLN (401)", async () => {
      expect((await fetch(vrsUrl(units[0], "&reqGLN=0614141000012"))).status).toBe(403);
      expect((await fetch(vrsUrl(units[0]))).status).toBe(401);
    });
  });

  describe("labels", () => {
    const token = () => hub.token("acme", "service_centre");

    it.each([
      ["datamatrix", "png"],
      ["qr", "png"],
    ])("renders a %s %s that decodes back to the unit", async (format, type) => {
      const unit = units[0];
      const response = await fetch(`${hub.url}/labels/${GTIN}/${unit.serial}.${type}?format=${format}`, { headers: { authorization: `Bearer ${token()}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const decoded = decodePng(Buffer.from(await response.arrayBuffer()));
      const signature = new URL(unit.digitalLink).searchParams.get("8030");
      const encoded = format === "qr" ? unit.digitalLink : `(01)${GTIN}(21)${unit.serial}(8030)${signature}`;
      expect(decodeURIComponent(response.headers.get("x-serialhub-encoded") ?? "")).toBe(encoded);
      const elements = parseCode(decoded).elements;
      expect(elements.slice(0, 2)).toEqual([
        { ai: "01", value: GTIN },
        { ai: "21", value: unit.serial },
      ]);
      // The signature in the label verifies like the one in the unit's Digital Link.
      const { verify } = await admin.request(VerifyDocument, { code: decoded });
      expect(verify).toMatchObject({ verified: true, signature: "VALID" });
    });

    it("renders SVG and a PDF sheet, for the owning tenant only", async () => {
      const svg = await fetch(`${hub.url}/labels/${GTIN}/${units[0].serial}.svg`, { headers: { authorization: `Bearer ${token()}` } });
      expect(svg.headers.get("content-type")).toMatch(/image\/svg\+xml/);
      expect(await svg.text()).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
      const other = await fetch(`${hub.url}/labels/${GTIN}/${units[0].serial}.svg`, { headers: { authorization: `Bearer ${hub.token("globex", "admin")}` } });
      expect(other.status).toBe(404);
      expect((await fetch(`${hub.url}/labels/${GTIN}/${units[0].serial}.svg`)).status).toBe(401);

      const job = (await admin.request(GenerateSerialsDocument, { input: { gtin: GTIN, count: 10_001 } })).generateSerials.job!;
      for (let i = 0; i < 100 && (await hub.sql<{ status: string }>("SELECT status FROM serials.jobs WHERE id = $1", [job.id]))[0].status !== "DONE"; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // A job's codes in bulk: for the roles that may export them, not for a service centre.
      const refused = await fetch(`${hub.url}/labels/job/${job.id}.pdf?limit=20`, { headers: { authorization: `Bearer ${token()}` } });
      expect(refused.status).toBe(403);
      const pdf = await fetch(`${hub.url}/labels/job/${job.id}.pdf?limit=20`, { headers: { authorization: `Bearer ${hub.token("acme", "integrator")}` } });
      expect(pdf.status).toBe(200);
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
      expect(bytes.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(2);
    });
  });
});
