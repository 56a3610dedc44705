import { readFileSync } from "node:fs";
import { projectPath } from "../paths";
import { validateEpcis, validateEpcisQueryDocument, EPCIS_CONTEXT } from "./validate";

const event = (overrides: Record<string, unknown> = {}) => ({
  type: "ObjectEvent",
  action: "ADD",
  bizStep: "commissioning",
  eventTime: "2025-01-01T00:00:00Z",
  eventTimeZoneOffset: "+00:00",
  epcList: ["urn:epc:id:sgtin:0614141.107346.2017"],
  ...overrides,
});

const document = (events: unknown[]) => ({
  "@context": [EPCIS_CONTEXT],
  type: "EPCISDocument",
  schemaVersion: "2.0",
  creationDate: "2025-01-01T00:00:00Z",
  epcisBody: { eventList: events },
});

const issuesOf = (input: unknown) => {
  const result = validateEpcis(input);
  if (result.ok) {
    throw new Error("expected the input to be refused");
  }
  return result.issues;
};

describe("validateEpcis", () => {
  it("accepts a valid document and returns its events", () => {
    const result = validateEpcis(document([event(), event({ action: "OBSERVE", bizStep: "shipping" })]));
    expect(result.ok && result.value.events.length).toBe(2);
  });

  it("wraps a bare event list into a document", () => {
    const result = validateEpcis([event()]);
    expect(result.ok && result.value.document.type).toBe("EPCISDocument");
  });

  it("names a missing eventTimeZoneOffset precisely", () => {
    const { eventTimeZoneOffset: _omit, ...withoutOffset } = event();
    expect(issuesOf(document([event(), withoutOffset]))).toEqual([
      { index: 1, path: "eventTimeZoneOffset", message: "eventTimeZoneOffset is required" },
    ]);
  });

  it("names a bad action with the allowed values", () => {
    expect(issuesOf(document([event({ action: "UPDATE" })]))).toEqual([
      { index: 0, path: "action", message: '"UPDATE" is not allowed here; expected OBSERVE, ADD, DELETE' },
    ]);
  });

  it("names a non-URI EPC without the noise of the other alternatives", () => {
    expect(issuesOf(document([event({ epcList: ["0614141.107346.2017"] })]))).toEqual([
      { index: 0, path: "epcList[0]", message: '"0614141.107346.2017" is not a valid uri' },
    ]);
  });

  it("takes EPCIS 1.x CBV URNs of standard values as their bare words", () => {
    const result = validateEpcis(document([event({ bizStep: "urn:epcglobal:cbv:bizstep:shipping" })]));
    expect(result.ok && result.value.events[0].bizStep).toBe("shipping");
  });

  it("explains CBV URNs that name no standard value", () => {
    const [issue] = issuesOf(document([event({ bizStep: "urn:epcglobal:cbv:bizstep:shipped" })]));
    expect(issue).toMatchObject({ index: 0, path: "bizStep" });
    expect(issue.message).toContain("bare word");
  });

  it("refuses an un-namespaced extension field", () => {
    expect(issuesOf(document([event({ foo: 1 })]))).toEqual([
      expect.objectContaining({ index: 0, path: "foo", message: expect.stringContaining("namespaced") }),
    ]);
  });

  it("refuses an EPC listed twice, also in a long list (checked by hash, not pairwise)", () => {
    const epcs = Array.from({ length: 30_000 }, (_, i) => `https://id.gs1.org/01/10614141073464/21/U${i}`);
    expect(validateEpcis(document([event({ epcList: epcs })])).ok).toBe(true);
    expect(issuesOf(document([event({ epcList: [...epcs, epcs[7]] })]))).toEqual([
      { index: 0, path: "epcList", message: expect.stringContaining("duplicate items (items ## 30000 and 7") },
    ]);
  });

  it("says what it expected when given something else", () => {
    expect(issuesOf({ hello: "world" })).toEqual([expect.objectContaining({ index: null })]);
    expect(issuesOf("text")).toEqual([expect.objectContaining({ index: null })]);
  });
});

describe("validateEpcisQueryDocument", () => {
  it("accepts the official query document example", () => {
    const example = JSON.parse(readFileSync(projectPath("test/fixtures/epcis/EPCISQueryDocument.jsonld"), "utf8")) as unknown;
    expect(validateEpcisQueryDocument(example)).toEqual([]);
  });

  it("names what a query document lacks", () => {
    const answer = { "@context": [EPCIS_CONTEXT], type: "EPCISQueryDocument", epcisBody: { queryResults: { resultsBody: { eventList: [] } } } };
    expect(validateEpcisQueryDocument(answer)).toEqual([
      { index: null, path: "epcisBody.queryResults.queryName", message: "queryName is required" },
    ]);
    expect(validateEpcisQueryDocument(document([]))).toEqual([expect.objectContaining({ path: "type" })]);
  });
});
