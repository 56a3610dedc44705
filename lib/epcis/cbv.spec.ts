import { canonicalDocument, canonicalEvent, cbvValue, cbvValues, type CbvVocabulary } from "./cbv";
import { normaliseEvents } from "./normalise";
import { EPCIS_CONTEXT, validateEpcis } from "./validate";

const event = (overrides: Record<string, unknown> = {}) => ({
  type: "ObjectEvent",
  action: "OBSERVE",
  eventTime: "2025-01-01T00:00:00Z",
  eventTimeZoneOffset: "+00:00",
  epcList: ["urn:epc:id:sgtin:0614141.107346.2017"],
  ...overrides,
});

describe("cbvValue", () => {
  it.each([
    ["bizStep", "urn:epcglobal:cbv:bizstep:shipping", "shipping"],
    ["bizStep", "https://ref.gs1.org/cbv/BizStep-shipping", "shipping"],
    ["bizStep", "http://ref.gs1.org/cbv/BizStep-retail_selling", "retail_selling"],
    ["bizStep", "https://ns.gs1.org/cbv/BizStep-sensor_reporting", "sensor_reporting"],
    ["bizStep", "URN:EPCGLOBAL:CBV:BIZSTEP:receiving", "receiving"],
    ["disposition", "urn:epcglobal:cbv:disp:in_transit", "in_transit"],
    ["disposition", "https://ref.gs1.org/cbv/Disp-in_transit", "in_transit"],
    ["bizTransactionType", "urn:epcglobal:cbv:btt:po", "po"],
    ["bizTransactionType", "https://ref.gs1.org/cbv/BTT-po", "po"],
    ["sourceDestType", "urn:epcglobal:cbv:sdt:owning_party", "owning_party"],
    ["sourceDestType", "https://ref.gs1.org/cbv/SDT-owning_party", "owning_party"],
    ["errorReason", "urn:epcglobal:cbv:er:incorrect_data", "incorrect_data"],
    ["errorReason", "https://ref.gs1.org/cbv/ER-incorrect_data", "incorrect_data"],
  ] as [CbvVocabulary, string, string][])("%s %s → %s", (vocabulary, given, expected) => {
    expect(cbvValue(vocabulary, given)).toBe(expected);
  });

  it.each([
    ["bizStep", "shipping", "bare words stay"],
    ["bizStep", "urn:epcglobal:cbv:bizstep:shipped", "not a CBV value"],
    ["bizStep", "https://ref.gs1.org/cbv/BizStep-shipped", "not a CBV value"],
    ["bizStep", "https://ref.gs1.org/cbv/Disp-in_transit", "a term of another vocabulary"],
    ["bizStep", "urn:epcglobal:cbv:disp:in_transit", "a URN of another vocabulary"],
    ["disposition", "urn:epcglobal:cbv:bizstep:shipping", "a URN of another vocabulary"],
    ["bizStep", "https://example.com/bizstep/scanned_by_consumer", "a custom URI"],
    ["bizStep", "urn:acme:bizstep:shipping", "a custom URN"],
    ["bizStep", "https://ref.gs1.org/cbv/BizStep-Shipping", "values are case-sensitive"],
    ["bizTransactionType", "urn:gs1:epcisapp:rail:btt:passage", "a custom type"],
  ] as [CbvVocabulary, string, string][])("%s %s stays (%s)", (vocabulary, given) => {
    expect(cbvValue(vocabulary, given)).toBe(given);
  });

  it("reads the vocabularies from the official schema", () => {
    expect(cbvValues("bizStep").size).toBe(41);
    expect(cbvValues("disposition").size).toBe(33);
    expect([...cbvValues("bizTransactionType")]).toEqual(expect.arrayContaining(["po", "desadv", "rma"]));
    expect([...cbvValues("sourceDestType")].sort()).toEqual(["location", "owning_party", "possessing_party"]);
    expect([...cbvValues("errorReason")].sort()).toEqual(["did_not_occur", "incorrect_data"]);
  });
});

describe("canonicalEvent", () => {
  const urnEvent = event({
    bizStep: "urn:epcglobal:cbv:bizstep:shipping",
    disposition: "https://ref.gs1.org/cbv/Disp-in_transit",
    persistentDisposition: { set: ["urn:epcglobal:cbv:disp:recalled"], unset: ["https://ref.gs1.org/cbv/Disp-active"] },
    bizTransactionList: [
      { type: "urn:epcglobal:cbv:btt:po", bizTransaction: "urn:epcglobal:cbv:bt:0614141073467:1152" },
      { bizTransaction: "https://acme.example/rma/1" },
    ],
    sourceList: [{ type: "https://ref.gs1.org/cbv/SDT-owning_party", source: "urn:epc:id:pgln:0614141.00001" }],
    destinationList: [{ type: "urn:epcglobal:cbv:sdt:location", destination: "urn:epc:id:sgln:0614141.00777.0" }],
    errorDeclaration: { declarationTime: "2025-01-02T00:00:00Z", reason: "urn:epcglobal:cbv:er:incorrect_data" },
  });

  it("shortens every CBV field and leaves the input as it was", () => {
    const before = JSON.stringify(urnEvent);
    expect(canonicalEvent(urnEvent)).toEqual({
      ...urnEvent,
      bizStep: "shipping",
      disposition: "in_transit",
      persistentDisposition: { set: ["recalled"], unset: ["active"] },
      bizTransactionList: [
        { type: "po", bizTransaction: "urn:epcglobal:cbv:bt:0614141073467:1152" },
        { bizTransaction: "https://acme.example/rma/1" },
      ],
      sourceList: [{ type: "owning_party", source: "urn:epc:id:pgln:0614141.00001" }],
      destinationList: [{ type: "location", destination: "urn:epc:id:sgln:0614141.00777.0" }],
      errorDeclaration: { declarationTime: "2025-01-02T00:00:00Z", reason: "incorrect_data" },
    });
    expect(JSON.stringify(urnEvent)).toBe(before);
  });

  it("is idempotent and tolerates shapes the schema will refuse", () => {
    const once = canonicalEvent(urnEvent);
    expect(canonicalEvent(once)).toEqual(once);
    expect(canonicalEvent("text")).toBe("text");
    expect(canonicalEvent(event({ bizStep: 7, bizTransactionList: "po", persistentDisposition: { set: "x" } }))).toEqual(
      event({ bizStep: 7, bizTransactionList: "po", persistentDisposition: { set: "x" } }),
    );
  });

  it("rewrites the events of a document only", () => {
    const document = { type: "EPCISDocument", epcisBody: { eventList: [urnEvent] }, sender: "urn:epcglobal:cbv:bizstep:shipping" };
    const canonical = canonicalDocument(document) as { sender: string; epcisBody: { eventList: { bizStep: string }[] } };
    expect(canonical.sender).toBe("urn:epcglobal:cbv:bizstep:shipping");
    expect(canonical.epcisBody.eventList[0].bizStep).toBe("shipping");
  });
});

describe("CBV normalisation on capture", () => {
  const document = (events: unknown[]) => ({
    "@context": [EPCIS_CONTEXT],
    type: "EPCISDocument",
    schemaVersion: "2.0",
    creationDate: "2025-01-01T00:00:00Z",
    epcisBody: { eventList: events },
  });

  it("validates URN and Web URI forms and stores bare words in the fields and the body", () => {
    const result = validateEpcis(
      document([
        event({
          bizStep: "urn:epcglobal:cbv:bizstep:shipping",
          disposition: "urn:epcglobal:cbv:disp:in_transit",
          bizTransactionList: [{ type: "https://ref.gs1.org/cbv/BTT-po", bizTransaction: "https://acme.example/po/1" }],
        }),
      ]),
    );
    if (!result.ok) {
      throw new Error(JSON.stringify(result.issues));
    }
    const [normalised] = normaliseEvents(result.value).events;
    expect(normalised).toMatchObject({ bizStep: "shipping", disposition: "in_transit" });
    expect(normalised.body).toMatchObject({ bizStep: "shipping", disposition: "in_transit", bizTransactionList: [{ type: "po" }] });
  });

  it("gives the same event written either way the same id", () => {
    const ids = [event({ bizStep: "shipping" }), event({ bizStep: "urn:epcglobal:cbv:bizstep:shipping" })].map((given) => {
      const result = validateEpcis([given]);
      return result.ok ? normaliseEvents(result.value).events[0].eventId : undefined;
    });
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
  });

  it("keeps refusing CBV-namespace URNs that name no standard value", () => {
    const result = validateEpcis(document([event({ bizStep: "urn:epcglobal:cbv:bizstep:shipped" })]));
    expect(result.ok ? [] : result.issues).toEqual([
      expect.objectContaining({ index: 0, path: "bizStep", message: expect.stringContaining("names no CBV 2.0 value") }),
    ]);
  });
});
