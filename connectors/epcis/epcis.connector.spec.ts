import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { EPCIS_CONTEXT } from "../../lib/epcis/validate";
import { projectPath } from "../../lib/paths";
import { commissioning, epcisDocument, sgtin, shipping } from "../../lib/testing/epcis-fixtures";
import { MappingError, WebhookVerificationError } from "../core/errors";
import { bearer, basicAuth } from "../core/signers";
import { epcisConnector } from "./epcis.connector";

/** The official GS1 examples (a copy of /work/shared/data/epcis/examples kept with the tests). */
const EXAMPLES = projectPath("test/fixtures/epcis");

function examples(dir = EXAMPLES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? examples(path) : name.endsWith(".jsonld") ? [path] : [];
  });
}

const receivedAt = new Date("2025-03-01T12:00:00Z");
const parse = (body: unknown) =>
  epcisConnector.parse({ rawBody: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)), headers: {}, options: {}, receivedAt });

function refusal(body: unknown): MappingError {
  try {
    parse(body);
  } catch (error) {
    if (error instanceof MappingError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected the body to be refused");
}

const documentOf = (result: ReturnType<typeof parse>) => {
  if (result.kind !== "epcis") {
    throw new Error(`expected kind epcis, got ${result.kind}`);
  }
  return result.document as { "@context": unknown[]; type: string; epcisBody: { eventList: Record<string, unknown>[] } };
};

describe("epcis connector: parse", () => {
  const files = examples().map((path) => [relative(EXAMPLES, path), JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>] as const);
  const documents = files.filter(([, document]) => document.type === "EPCISDocument");

  it("finds the official examples", () => {
    expect(documents.length).toBeGreaterThanOrEqual(28);
  });

  it.each(documents)("takes %s", (_name, example) => {
    const result = parse(example);
    const document = documentOf(result);
    expect(document.epcisBody.eventList).toHaveLength((example.epcisBody as { eventList: unknown[] }).eventList.length);
    expect(result.deliveryId).toBeUndefined();
  });

  it("refuses a query answer", () => {
    const [, query] = files.find(([, document]) => document.type === "EPCISQueryDocument") ?? [];
    expect(refusal(query)).toMatchObject({ path: "type", message: expect.stringContaining("query answer") });
  });

  it("wraps a bare list of events, keeping the namespaces they declare", () => {
    const acme = { acme: "https://acme.example/epcis/" };
    const event = { ...shipping([sgtin("L-1")]), "@context": [EPCIS_CONTEXT, acme], "acme:dock": "7" };
    const result = parse([commissioning([sgtin("L-1")]), event]);
    const document = documentOf(result);
    expect(document).toMatchObject({ type: "EPCISDocument", schemaVersion: "2.0", creationDate: receivedAt.toISOString() });
    expect(document["@context"]).toEqual([EPCIS_CONTEXT, acme]);
    expect(document.epcisBody.eventList.map((e) => e.bizStep)).toEqual(["commissioning", "shipping"]);
    expect(result.deliveryId).toBeUndefined();
  });

  it("wraps a single event", () => {
    const document = documentOf(parse({ ...commissioning([sgtin("S-1")]), "@context": EPCIS_CONTEXT }));
    expect(document["@context"]).toEqual([EPCIS_CONTEXT]);
    expect(document.epcisBody.eventList).toHaveLength(1);
  });

  it("hands on CBV values in CBV 2.0 form", () => {
    const urn = shipping([sgtin("U-1")], undefined, {
      bizStep: "urn:epcglobal:cbv:bizstep:shipping",
      disposition: "https://ref.gs1.org/cbv/Disp-in_transit",
    });
    const [event] = documentOf(parse(epcisDocument([urn]))).epcisBody.eventList;
    expect(event).toMatchObject({ bizStep: "shipping", disposition: "in_transit" });
  });

  it("never keys a delivery on the document's own id, which partners reuse", () => {
    expect(parse({ ...epcisDocument([commissioning([sgtin("I-1")])]), id: "urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427" }).deliveryId).toBeUndefined();
  });

  it("refuses an invalid event with its path and the schema's message", () => {
    const events = [commissioning([sgtin("V-1")]), shipping([sgtin("V-1")]), shipping([sgtin("V-2")]), shipping([sgtin("V-3")], "yesterday")];
    expect(refusal(epcisDocument(events))).toMatchObject({ path: "epcisBody.eventList[3].eventTime", message: '"yesterday" is not a valid date-time' });
    const { eventTimeZoneOffset: _drop, ...withoutOffset } = shipping([sgtin("V-4")]);
    expect(refusal([withoutOffset])).toMatchObject({
      path: "epcisBody.eventList[0].eventTimeZoneOffset",
      message: "eventTimeZoneOffset is required",
    });
  });

  it("lists further problems after the first", () => {
    const error = refusal([shipping([sgtin("W-1")], "never"), shipping([sgtin("W-2")], "later")]);
    expect(error.path).toBe("epcisBody.eventList[0].eventTime");
    expect(error.message).toContain("1 more: epcisBody.eventList[1].eventTime");
  });

  it("refuses a malformed GS1 identifier with its path", () => {
    expect(refusal([shipping([sgtin("X-1"), "urn:epc:id:sgtin:0614141.10734.5"])])).toMatchObject({
      path: "epcisBody.eventList[0].epcList[1]",
      message: expect.stringContaining("13 digits"),
    });
  });

  it("refuses a CBV-namespace URN that names no standard value", () => {
    expect(refusal([shipping([sgtin("Y-1")], undefined, { bizStep: "urn:epcglobal:cbv:bizstep:shipped" })])).toMatchObject({
      path: "epcisBody.eventList[0].bizStep",
    });
  });

  it.each([
    ["malformed JSON", '{"type": "EPCISDocument",', "", /not JSON/],
    ["an empty body", "  ", "", /empty/],
    ["a string", '"ObjectEvent"', "", /JSON object/],
    ["an object without a type", { eventTime: "2025-01-01T00:00:00Z" }, "type", /event type/],
  ])("refuses %s", (_what, body, path, message) => {
    const error = refusal(body);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });

  it("accepts a byte-order mark", () => {
    expect(parse(`\uFEFF${JSON.stringify([commissioning([sgtin("B-1")])])}`).kind).toBe("epcis");
  });
});

describe("epcis connector: verify", () => {
  const rawBody = Buffer.from("[]");
  const verify = (headers: Record<string, string>, secrets: string[] = ["s3cret-one"]) => () => epcisConnector.verify({ rawBody, headers, secrets });

  it("accepts the tenant's secret as a bearer token", () => {
    expect(verify(bearer("s3cret-one"))()).toEqual({});
  });

  it("accepts any active secret while one is rotated", () => {
    expect(verify(bearer("s3cret-two"), ["s3cret-one", "s3cret-two"])()).toEqual({});
  });

  it.each([
    ["a wrong secret", bearer("s3cret-onf"), /does not match/],
    ["a prefix of the secret", bearer("s3cret"), /does not match/],
    ["no Authorization header", {}, /Bearer <secret>/],
    ["Basic auth", basicAuth("s3cret-one"), /Bearer <secret>/],
    ["an empty bearer token", { authorization: "Bearer " }, /Bearer <secret>/],
  ])("refuses %s", (_what, headers, message) => {
    expect(verify(headers)).toThrow(WebhookVerificationError);
    expect(verify(headers)).toThrow(message);
  });

  it("refuses everything while the tenant has no secret", () => {
    expect(verify(bearer("anything"), [])).toThrow(/not configured/);
  });

  it("says which secrets cannot serve as bearer tokens", () => {
    expect(epcisConnector.secretProblem?.("0123456789abcdef0123")).toBeUndefined();
    expect(epcisConnector.secretProblem?.("0123456789 abcdef0123")).toMatch(/whitespace/);
    expect(epcisConnector.secretProblem?.("short")).toMatch(/too short/);
  });
});

describe("epcis connector: options", () => {
  it("takes none", () => {
    expect(epcisConnector.validateOptions(undefined)).toEqual({});
    expect(epcisConnector.validateOptions({})).toEqual({});
    expect(() => epcisConnector.validateOptions({ strict: true })).toThrow(/takes no options/);
    expect(() => epcisConnector.validateOptions("x")).toThrow(/must be an object/);
  });
});
