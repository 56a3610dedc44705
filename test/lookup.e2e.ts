import { CaptureEventsDocument, CreateProductDocument, LookupDocument } from "../clients/generated/graphql";
import type { HubClient } from "../clients/client";
import { commissioning, epcisDocument, sgtin, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

describe("lookup", () => {
  let hub: TestHub;
  let acme: HubClient;

  beforeAll(async () => {
    hub = await startTestHub();
    acme = hub.client("acme", "admin");
    await acme.request(CreateProductDocument, {
      input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12, companyPrefixLength: 7 },
    });
    await acme.request(CaptureEventsDocument, { epcis: epcisDocument([commissioning([sgtin("2017")])]) });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it.each([
    ["scan data", "]d20110614141073464172612001022A\x1d212017", "scan"],
    ["a Digital Link", "https://brand.example/x/01/10614141073464/10/22A/21/2017?17=261200", "digital-link"],
    ["an element string", "(01)10614141073464(17)261200(10)22A(21)2017", "element-string"],
  ])("reads %s and renders it in every form, with the unit", async (_name, code, source) => {
    const { lookup } = await acme.request(LookupDocument, { code });
    expect(lookup).toMatchObject({
      source,
      gtin: WIDGET_GTIN,
      serial: "2017",
      lot: "22A",
      expiry: "2026-12-31",
      digitalLink: "https://id.gs1.org/01/10614141073464/10/22A/21/2017?17=261200",
      epc: "urn:epc:id:sgtin:0614141.107346.2017",
      unit: { status: "ACTIVE" },
    });
    expect(lookup.elementString).toMatch(/^\(01\)10614141073464/);
    expect(lookup.ais.map((ai) => `${ai.ai}:${ai.title}`)).toEqual(expect.arrayContaining(["01:GTIN", "21:SERIAL", "10:BATCH/LOT", "17:USE BY or EXPIRY"]));
  });

  it("reads an EPC URN back into a Digital Link", async () => {
    const { lookup } = await acme.request(LookupDocument, { code: "urn:epc:id:sgtin:0614141.107346.2017" });
    expect(lookup).toMatchObject({ source: "epc-urn", digitalLink: "https://id.gs1.org/01/10614141073464/21/2017", unit: { status: "ACTIVE" } });
  });

  it("answers a well-formed code the hub has never seen without a unit", async () => {
    const { lookup } = await acme.request(LookupDocument, { code: "(01)10614141073464(21)NEVER" });
    expect(lookup.unit).toBeNull();
  });

  it("refuses a malformed code with BAD_CODE naming the AI and position", async () => {
    const result = await acme.execute(LookupDocument, { code: "(01)10614141073464(17)261301(21)X" });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: "BAD_CODE", ai: "17", position: 24 } });
  });

  it("keeps services-only fields out of the public API", async () => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${hub.token("acme", "admin")}` },
      body: JSON.stringify({ query: '{ productsByGtin(gtins: ["10614141073464"]) { tenantId } }' }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0].message).toMatch(/Cannot query field "productsByGtin"/);
  });
});
