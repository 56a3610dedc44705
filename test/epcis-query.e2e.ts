import { CaptureEventsDocument, CreateProductDocument } from "../clients/generated/graphql";
import type { Role } from "../lib/auth/identity";
import { validateEpcisQueryDocument } from "../lib/epcis/validate";
import { commissioning, epcisDocument, objectEvent, sgtin, shipping, WIDGET_GTIN } from "../lib/testing/epcis-fixtures";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const DOCK_A = "urn:epc:id:sgln:0614141.07346.1001";
const DOCK_B = "urn:epc:id:sgln:0614141.07346.1002";
const STORE = "urn:epc:id:sgln:0614141.00777.0";
const id = (name: string) => `urn:uuid:00000000-0000-4000-8000-${name.padStart(12, "0")}`;

type QueryEvent = Record<string, unknown> & { eventID: string };
interface QueryDocument {
  type: string;
  epcisBody: { queryResults: { queryName: string; resultsBody: { eventList: QueryEvent[] } } };
}

describe("GET /epcis/events", () => {
  let hub: TestHub;

  const get = (query: string, tenant: string | null = "acme", role: Role = "integrator") =>
    fetch(`${hub.url}/epcis/events${query ? `?${query}` : ""}`, {
      headers: tenant ? { authorization: `Bearer ${hub.token(tenant, role)}` } : {},
    });

  /** The events of a successful answer, after checking it against the official schema. */
  async function events(query: string, tenant = "acme"): Promise<QueryEvent[]> {
    const response = await get(query, tenant);
    const body = (await response.json()) as QueryDocument;
    expect({ status: response.status, body }).toMatchObject({ status: 200 });
    expect(response.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(response.headers.get("gs1-epcis-version")).toBe("2.0.0");
    expect(validateEpcisQueryDocument(body)).toEqual([]);
    expect(body.epcisBody.queryResults.queryName).toBe("SimpleEventQuery");
    return body.epcisBody.queryResults.resultsBody.eventList;
  }

  const ids = async (query: string, tenant = "acme") => (await events(query, tenant)).map((event) => event.eventID);

  beforeAll(async () => {
    hub = await startTestHub();
    await hub.client("acme", "admin").request(CreateProductDocument, {
      input: { gtin: WIDGET_GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 },
    });
    const acme = hub.client("acme", "integrator");
    // EPCIS 1.x URNs and GS1 Web URIs, as ERPs send them: stored and queried as CBV 2.0 bare words.
    const captured = await acme.request(CaptureEventsDocument, {
      epcis: epcisDocument([
        commissioning([sgtin("Q-1"), sgtin("Q-2"), sgtin("Q-3")], "2025-03-01T08:00:00Z", {
          eventID: id("1"),
          bizStep: "urn:epcglobal:cbv:bizstep:commissioning",
          disposition: "urn:epcglobal:cbv:disp:active",
        }),
        shipping([sgtin("Q-1")], "2025-03-01T12:00:00Z", {
          eventID: id("2"),
          bizStep: "urn:epcglobal:cbv:bizstep:shipping",
          disposition: "urn:epcglobal:cbv:disp:in_transit",
          readPoint: { id: DOCK_A },
          bizTransactionList: [{ type: "urn:epcglobal:cbv:btt:po", bizTransaction: "https://acme.example/po/4711" }],
        }),
        shipping([sgtin("Q-2")], "2025-03-01T13:00:00Z", {
          eventID: id("3"),
          bizStep: "https://ref.gs1.org/cbv/BizStep-shipping",
          disposition: "https://ref.gs1.org/cbv/Disp-in_transit",
          readPoint: { id: DOCK_B },
        }),
        shipping([sgtin("Q-3")], "2025-03-01T14:00:00Z", { eventID: id("4"), bizStep: "urn:epcglobal:cbv:bizstep:shipping", readPoint: { id: DOCK_A } }),
        objectEvent({ eventID: id("5"), bizStep: "receiving", epcList: [sgtin("Q-1")], eventTime: "2025-03-02T09:00:00Z", bizLocation: { id: STORE } }),
      ]),
    });
    expect(captured.captureEvents).toMatchObject({ accepted: 5, errors: [] });
    const retraction = shipping([sgtin("Q-3")], "2025-03-01T14:00:00Z", {
      eventID: id("4"),
      bizStep: "shipping",
      readPoint: { id: DOCK_A },
      errorDeclaration: { declarationTime: "2025-03-01T15:00:00Z", reason: "urn:epcglobal:cbv:er:did_not_occur" },
    });
    expect((await acme.request(CaptureEventsDocument, { epcis: epcisDocument([retraction]) })).captureEvents).toMatchObject({ retracted: 1 });
    // Another tenant's event for the same EPC: never part of acme's answers.
    const globex = await hub.client("globex", "integrator").request(CaptureEventsDocument, {
      epcis: epcisDocument([shipping([sgtin("Q-1")], "2025-03-01T12:30:00Z", { eventID: id("90") })]),
    });
    expect(globex.captureEvents).toMatchObject({ accepted: 1, errors: [] });
  });

  afterAll(async () => {
    await hub?.stop();
  });

  it("answers a URN-form bizStep and an EPC with exactly the matching event, in CBV 2.0 form", async () => {
    const [event, ...rest] = await events(`EQ_bizStep=urn:epcglobal:cbv:bizstep:shipping&MATCH_epc=${sgtin("Q-1")}`);
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      eventID: id("2"),
      type: "ObjectEvent",
      bizStep: "shipping",
      disposition: "in_transit",
      bizTransactionList: [{ type: "po", bizTransaction: "https://acme.example/po/4711" }],
      readPoint: { id: DOCK_A },
      epcList: [sgtin("Q-1")],
    });
    expect(Date.parse(event.recordTime as string)).not.toBeNaN();
  });

  it("stores the bare words in the events table", async () => {
    const rows = await hub.sql<{ biz_step: string; disposition: string }>(
      "SELECT biz_step, disposition FROM serials.events WHERE tenant_id = 'acme' AND event_id = ANY($1) ORDER BY event_id",
      [[id("1"), id("3")]],
    );
    expect(rows).toEqual([
      { biz_step: "commissioning", disposition: "active" },
      { biz_step: "shipping", disposition: "in_transit" },
    ]);
  });

  it("returns a retracted event with its errorDeclaration", async () => {
    const shipments = await events("EQ_bizStep=shipping");
    expect(shipments.map((event) => event.eventID)).toEqual([id("2"), id("3"), id("4")]);
    expect(shipments[2].errorDeclaration).toEqual({ declarationTime: "2025-03-01T15:00:00Z", reason: "did_not_occur" });
    expect(shipments[0].errorDeclaration).toBeUndefined();
  });

  it("combines filters with AND and list values with OR", async () => {
    expect(await ids(`EQ_bizStep=shipping&EQ_readPoint=${DOCK_A}`)).toEqual([id("2"), id("4")]);
    expect(await ids(`EQ_bizStep=shipping&EQ_readPoint=${DOCK_A}&MATCH_epc=${sgtin("Q-3")}`)).toEqual([id("4")]);
    expect(await ids("EQ_bizStep=shipping,receiving&GE_eventTime=2025-03-01T13:00:00Z&LT_eventTime=2025-03-02T09:00:00Z")).toEqual([id("3"), id("4")]);
    expect(await ids(`EQ_bizLocation=${STORE}&eventType=ObjectEvent`)).toEqual([id("5")]);
    expect(await ids("EQ_disposition=active&MATCH_epc=https://id.gs1.org/01/10614141073464/21/Q-2")).toEqual([id("1")]);
    expect(await ids("eventType=AggregationEvent")).toEqual([]);
    expect(await ids(`MATCH_epc=${sgtin("Q-1")}`)).toEqual([id("1"), id("2"), id("5")]);
  });

  it("pages with perPage=1 through every event once, following the Link header", async () => {
    const all = await ids("perPage=1000");
    expect(all).toHaveLength(5);
    const seen: string[] = [];
    let next: string | null = `${hub.url}/epcis/events?perPage=1`;
    while (next) {
      const response: Response = await fetch(next, { headers: { authorization: `Bearer ${hub.token("acme", "auditor")}` } });
      const body = (await response.json()) as QueryDocument;
      expect(response.status).toBe(200);
      expect(validateEpcisQueryDocument(body)).toEqual([]);
      const page = body.epcisBody.queryResults.resultsBody.eventList;
      expect(page).toHaveLength(1);
      seen.push(page[0].eventID);
      const link = /^<([^>]+)>; rel="next"$/.exec(response.headers.get("link") ?? "");
      next = link ? new URL(link[1], next).toString() : null;
      expect(seen.length).toBeLessThanOrEqual(all.length);
    }
    expect(seen).toEqual(all);
  });

  it("keeps the filters while paging", async () => {
    const first = await get("EQ_bizStep=shipping&perPage=2");
    const firstPage = ((await first.json()) as QueryDocument).epcisBody.queryResults.resultsBody.eventList;
    expect(firstPage.map((event) => event.eventID)).toEqual([id("2"), id("3")]);
    const link = /^<([^>]+)>; rel="next"$/.exec(first.headers.get("link") ?? "")?.[1] ?? "";
    expect(link).toMatch(/^\/epcis\/events\?EQ_bizStep=shipping&perPage=2&nextPageToken=/);
    const second = await fetch(new URL(link, hub.url), { headers: { authorization: `Bearer ${hub.token("acme", "integrator")}` } });
    const body = (await second.json()) as QueryDocument;
    expect(body.epcisBody.queryResults.resultsBody.eventList.map((event) => event.eventID)).toEqual([id("4")]);
    expect(second.headers.get("link")).toBeNull();
    const token = new URL(link, hub.url).searchParams.get("nextPageToken");
    const other = await get(`EQ_bizStep=receiving&nextPageToken=${token}`);
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ parameter: "nextPageToken" });
  });

  it("stays within the caller's tenant", async () => {
    expect(await ids(`MATCH_epc=${sgtin("Q-1")}`, "globex")).toEqual([id("90")]);
    expect(await ids("", "globex")).toEqual([id("90")]);
    expect(await ids("", "initech")).toEqual([]);
    expect(await ids("")).not.toContain(id("90"));
  });

  it("needs a token and a role that may query", async () => {
    const anonymous = await get("EQ_bizStep=shipping", null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: expect.stringContaining("token") });
    const serviceCentre = await get("EQ_bizStep=shipping", "acme", "service_centre");
    expect(serviceCentre.status).toBe(403);
    expect(await serviceCentre.json()).toMatchObject({ error: expect.stringContaining("roles") });
    for (const role of ["admin", "auditor", "recall_coordinator"] as const) {
      expect((await get("perPage=1", "acme", role)).status).toBe(200);
    }
  });

  it("refuses an unknown parameter by name", async () => {
    const response = await get("EQ_bizStep=shipping&MATCH_anyEPC=x");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      type: "epcisException:QueryParameterException",
      status: 400,
      parameter: "MATCH_anyEPC",
      title: expect.stringContaining('"MATCH_anyEPC"'),
      error: expect.stringContaining('Unknown or unsupported query parameter "MATCH_anyEPC"'),
    });
  });
});
