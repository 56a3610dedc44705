import { DEFAULT_PER_PAGE, encodePageToken, nextPageQuery, parseEpcisQuery, QueryParameterError } from "./epcis-query";

const GTIN = "10614141073464";

function refused(rawQuery: string): QueryParameterError {
  try {
    parseEpcisQuery(rawQuery);
  } catch (error) {
    if (error instanceof QueryParameterError) {
      return error;
    }
    throw error;
  }
  throw new Error(`expected "${rawQuery}" to be refused`);
}

describe("parseEpcisQuery", () => {
  it("has defaults and no filter", () => {
    expect(parseEpcisQuery("")).toEqual({ filter: {}, perPage: DEFAULT_PER_PAGE });
  });

  it("reads every supported parameter", () => {
    const query = [
      "eventType=ObjectEvent,AggregationEvent",
      "EQ_bizStep=urn:epcglobal:cbv:bizstep:shipping|receiving",
      "EQ_disposition=https://ref.gs1.org/cbv/Disp-in_transit",
      `MATCH_epc=urn:epc:id:sgtin:0614141.107346.2017,https%3A%2F%2Fid.gs1.org%2F01%2F${GTIN}%2F21%2FA%252FB`,
      "EQ_readPoint=urn:epc:id:sgln:0614141.07346.1234",
      "EQ_bizLocation=urn:epc:id:sgln:0614141.00777.0",
      "GE_eventTime=2025-03-01T10:00:00+01:00",
      "LT_eventTime=2025-03-02T00:00:00.123456Z",
      "perPage=25",
    ].join("&");
    expect(parseEpcisQuery(query)).toEqual({
      perPage: 25,
      filter: {
        eventTypes: ["AggregationEvent", "ObjectEvent"],
        bizSteps: ["receiving", "shipping"],
        dispositions: ["in_transit"],
        epcs: [
          { gtin: GTIN, serial: "2017" },
          { gtin: GTIN, serial: "A/B" },
        ],
        readPoints: ["urn:epc:id:sgln:0614141.07346.1234"],
        bizLocations: ["urn:epc:id:sgln:0614141.00777.0"],
        eventTimeFrom: "2025-03-01T10:00:00+01:00",
        eventTimeBefore: "2025-03-02T00:00:00.123456Z",
      },
    });
  });

  it("takes custom vocabulary URIs as they are", () => {
    expect(parseEpcisQuery("EQ_bizStep=https://acme.example/bizstep/scan").filter.bizSteps).toEqual(["https://acme.example/bizstep/scan"]);
    // Outside the namespaces the schema reserves, so capture stores it as a custom value and a query must find it.
    expect(parseEpcisQuery("EQ_bizStep=https://ref.gs1.org/cbv/BizStep-scan").filter.bizSteps).toEqual(["https://ref.gs1.org/cbv/BizStep-scan"]);
  });

  it.each([
    ["MATCH_anyEPC=urn:epc:id:sgtin:0614141.107346.2017", "MATCH_anyEPC", /Unknown or unsupported query parameter "MATCH_anyEPC"/],
    ["eq_bizStep=shipping", "eq_bizStep", /Unknown or unsupported/],
    ["EQ_bizStep=shipping&EQ_bizStep=receiving", "EQ_bizStep", /more than once/],
    ["EQ_bizStep=shiping", "EQ_bizStep", /"shiping" is neither a CBV 2.0 business step nor a custom URI/],
    ["EQ_bizStep=urn:epcglobal:cbv:bizstep:shipped", "EQ_bizStep", /neither/],
    ["EQ_disposition=shipping", "EQ_disposition", /neither a CBV 2.0 disposition/],
    ["EQ_bizStep=", "EQ_bizStep", /empty value/],
    ["EQ_bizStep=shipping,", "EQ_bizStep", /empty value/],
    ["eventType=ObjectEvents", "eventType", /"ObjectEvents" is not an EPCIS event type/],
    ["MATCH_epc=urn:epc:id:sscc:0614141.1234567890", "MATCH_epc", /only serialised trade items/],
    ["MATCH_epc=urn:epc:idpat:sgtin:0614141.107346.*", "MATCH_epc", /MATCH_epc: "urn:epc:idpat/],
    ["MATCH_epc=urn:epc:id:sgtin:0614141.10734.5", "MATCH_epc", /13 digits/],
    ["EQ_readPoint=dock-7", "EQ_readPoint", /not a URI/],
    ["GE_eventTime=2025-03-01", "GE_eventTime", /ISO 8601/],
    ["GE_eventTime=2025-02-30T00:00:00Z", "GE_eventTime", /ISO 8601/],
    ["LT_eventTime=2025-03-01T10:00:00", "LT_eventTime", /UTC offset/],
    ["perPage=0", "perPage", /1 to 1000/],
    ["perPage=1001", "perPage", /1 to 1000/],
    ["perPage=ten", "perPage", /1 to 1000/],
    ["EQ_bizStep=%E0%A4%A", "EQ_bizStep", /percent-escape/],
    ["nextPageToken=abc", "nextPageToken", /not one this hub issued/],
  ])("refuses %s", (rawQuery, parameter, message) => {
    const error = refused(rawQuery);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toMatch(message);
  });
});

describe("page tokens", () => {
  const position = { eventTime: "2025-03-01T10:00:00.000000Z", eventId: "urn:uuid:1" };

  it("continue the query they came from", () => {
    const raw = "EQ_bizStep=shipping&perPage=1";
    const token = encodePageToken(parseEpcisQuery(raw).filter, position);
    expect(parseEpcisQuery(`${raw}&nextPageToken=${token}`).after).toEqual(position);
    // The filter is compared as parsed: another spelling of the same query, or another page size, is the same query.
    expect(parseEpcisQuery(`EQ_bizStep=urn:epcglobal:cbv:bizstep:shipping&nextPageToken=${token}`).after).toEqual(position);
  });

  it("refuse another query", () => {
    const token = encodePageToken(parseEpcisQuery("EQ_bizStep=shipping").filter, position);
    expect(refused(`EQ_bizStep=receiving&nextPageToken=${token}`).message).toMatch(/other filters/);
  });

  it("replace the previous token in the next page's query", () => {
    expect(nextPageQuery("EQ_bizStep=shipping&nextPageToken=old&perPage=1", "new")).toBe("EQ_bizStep=shipping&perPage=1&nextPageToken=new");
  });
});
