import type { ConnectorEvent } from "../../core/connector";
import { startFakeOData, type FakeOData } from "./fake-odata";
import { enrichOf, fixtureJson, odataAnswer, parseEvent, STRUCTURED, structuredEvent, testOptions } from "./sap-events.fixtures";

const DELIVERY = "A_OutbDeliveryHeader('80012345')?$expand=to_DeliveryDocumentItem/to_SerialDeliveryItem/to_MaintenanceItemObject&$format=json";
const BASIC = `Basic ${Buffer.from("SERIALHUB_COMM:odata-pass").toString("base64")}`;

describe("startFakeOData", () => {
  let fake: FakeOData;

  afterEach(async () => {
    await fake.close();
  });

  const get = (path: string, authorization?: string) => fetch(`${fake.url}/${path}`, { headers: authorization ? { authorization } : {} });

  it("serves a delivery as OData V2 JSON and records the request", async () => {
    fake = await startFakeOData({ "80012345": odataAnswer().d }, { user: "SERIALHUB_COMM", password: "odata-pass" });
    const response = await get(DELIVERY, BASIC);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual(odataAnswer());
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sap\/opu\/odata\/sap\/API_OUTBOUND_DELIVERY_SRV;v=0002$/);
    expect(fake.requests).toEqual([{ url: `${new URL(fake.url).pathname}/${DELIVERY}`, authorization: BASIC }]);
  });

  it("finds a delivery by either ALPHA form of its number", async () => {
    fake = await startFakeOData({ "80012345": { DeliveryDocument: "80012345" } });
    expect((await get("A_OutbDeliveryHeader('0080012345')")).status).toBe(200);
  });

  it("answers 404 with an OData error for an unknown delivery or path", async () => {
    fake = await startFakeOData({ "80012345": odataAnswer().d });
    const response = await get("A_OutbDeliveryHeader('80099999')?$format=json");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { message: { lang: "en" } } });
    expect((await get("A_OutbDeliveryItem(DeliveryDocument='80012345',DeliveryDocumentItem='000010')")).status).toBe(404);
  });

  it("answers 401 for wrong or missing credentials", async () => {
    fake = await startFakeOData({ "80012345": odataAnswer().d }, { user: "SERIALHUB_COMM", password: "odata-pass" });
    expect((await get(DELIVERY, `Basic ${Buffer.from("SERIALHUB_COMM:wrong").toString("base64")}`)).status).toBe(401);
    expect((await get(DELIVERY)).status).toBe(401);
    expect((await get(DELIVERY, "Bearer odata-pass")).status).toBe(401);
  });

  it("checks a bearer token when set up with one", async () => {
    fake = await startFakeOData({ "80012345": odataAnswer().d }, { token: "tok-1" });
    expect((await get(DELIVERY, "Bearer tok-2")).status).toBe(401);
    expect((await get(DELIVERY, "Bearer tok-1")).status).toBe(200);
  });

  it("answers 503 the next N times after failNext(N), then serves again", async () => {
    fake = await startFakeOData({ "80012345": odataAnswer().d });
    fake.failNext(2);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      statuses.push((await get(DELIVERY)).status);
    }
    expect(statuses).toEqual([503, 503, 200]);
    expect(fake.requests).toHaveLength(3);
  });

  it("answers the connector's enrich request, end to end", async () => {
    fake = await startFakeOData({ "80012345": odataAnswer().d }, { token: "tok-1" });
    const request = enrichOf(parseEvent(structuredEvent(), STRUCTURED, testOptions({ odataBaseUrl: fake.url, odataUser: undefined, odataPassword: undefined, odataToken: "tok-1" })));
    const response = await fetch(request.url, { headers: request.headers });
    expect(response.status).toBe(200);
    const expected = fixtureJson<{ events: ConnectorEvent[] }>("odata-delivery-80012345.expected.json");
    expect(request.map(await response.json())).toEqual(expected.events);
    expect(fake.requests).toEqual([{ url: `${new URL(fake.url).pathname}/${DELIVERY}`, authorization: "Bearer tok-1" }]);
  });
});
