import { checkXmlShape, MAX_XML_DEPTH } from "../sap/xml-shape";
import { JSON_TYPES, MIB, XML_TYPES, mediaTypeProblem, sizeProblem, type EdgeLimits } from "./edge";
import { MalformedBodyError } from "./errors";
import { checkJsonShape, MAX_JSON_DEPTH, readJsonBody } from "./json-body";

const JSON_EDGE: EdgeLimits = { maxBodyBytes: MIB, mediaTypes: JSON_TYPES };
const XML_EDGE: EdgeLimits = { maxBodyBytes: 32 * MIB, mediaTypes: ["application/x-sap.idoc", ...XML_TYPES] };

const malformed = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof MalformedBodyError) {
      return error.message;
    }
    throw error;
  }
  throw new Error("expected a MalformedBodyError");
};

describe("media types", () => {
  it.each(["application/json", "application/json; charset=utf-8", "Application/CloudEvents+JSON", "application/ld+json"])("takes %s for JSON", (type) => {
    expect(mediaTypeProblem(JSON_EDGE, type)).toBeUndefined();
  });

  it.each(["application/x-sap.idoc", "text/xml; charset=UTF-8", "application/soap+xml"])("takes %s for IDocs", (type) => {
    expect(mediaTypeProblem(XML_EDGE, type)).toBeUndefined();
  });

  it("refuses others, and a missing one, listing what is accepted", () => {
    expect(mediaTypeProblem(JSON_EDGE, "application/xml")).toBe("Content-Type application/xml is not accepted: send application/json, */*+json.");
    expect(mediaTypeProblem(JSON_EDGE, undefined)).toMatch(/^No Content-Type was sent/);
    expect(mediaTypeProblem(JSON_EDGE, "+json")).toMatch(/not accepted/);
    expect(mediaTypeProblem(XML_EDGE, "application/json")).toMatch(/send application\/x-sap\.idoc, application\/xml, text\/xml, \*\/\*\+xml/);
  });
});

describe("body size", () => {
  it("says whether the size was declared or found while reading, and the limit", () => {
    expect(sizeProblem(JSON_EDGE, MIB, true)).toBeUndefined();
    expect(sizeProblem(JSON_EDGE, MIB + 1, true)).toBe("The body declares 1048577 bytes and was refused before it was read: this connector takes at most 1 MiB.");
    expect(sizeProblem(JSON_EDGE, MIB + 10, false)).toMatch(/went past 1048576 bytes, where reading stopped/);
  });
});

describe("JSON shape", () => {
  const nested = (depth: number) => Buffer.from(`${"[".repeat(depth)}${"]".repeat(depth)}`);

  it(`takes ${MAX_JSON_DEPTH} levels and refuses one more, saying where`, () => {
    expect(() => checkJsonShape(nested(MAX_JSON_DEPTH))).not.toThrow();
    expect(malformed(() => checkJsonShape(nested(MAX_JSON_DEPTH + 1)))).toBe(`The body nests deeper than ${MAX_JSON_DEPTH} levels (at byte ${MAX_JSON_DEPTH}): refused before parsing.`);
  });

  it("does not count brackets or escaped quotes inside strings", () => {
    const text = JSON.stringify({ a: `\\" ${"[".repeat(500)}`, b: [1] });
    expect(() => checkJsonShape(Buffer.from(text))).not.toThrow();
    expect(readJsonBody(Buffer.from(text))).toEqual(JSON.parse(text));
  });

  it("refuses a body that is not JSON or empty, with the parser's reason", () => {
    expect(malformed(() => readJsonBody(Buffer.from('{"a": ')))).toMatch(/^The body is not JSON: /);
    expect(malformed(() => readJsonBody(Buffer.from("  ")))).toMatch(/empty/);
  });
});

describe("XML shape", () => {
  it("refuses any DOCTYPE or ENTITY declaration, whatever its case", () => {
    expect(malformed(() => checkXmlShape('<?xml version="1.0"?><!doctype x [<!ENTITY a "b">]><x>&a;</x>'))).toMatch(/<!DOCTYPE declaration \(at character 21\)/);
    expect(malformed(() => checkXmlShape('<x><!ENTITY a SYSTEM "file:///etc/passwd"></x>'))).toMatch(/<!ENTITY declaration/);
  });

  it(`takes ${MAX_XML_DEPTH} levels and refuses one more; comments, CDATA and quoted '>' do not count`, () => {
    const nested = (depth: number) => `${"<E a='>'>".repeat(depth)}<!-- <E> --><![CDATA[<E>]]>${"</E>".repeat(depth)}`;
    expect(() => checkXmlShape(nested(MAX_XML_DEPTH))).not.toThrow();
    expect(malformed(() => checkXmlShape(nested(MAX_XML_DEPTH + 1)))).toMatch(`nests deeper than ${MAX_XML_DEPTH} elements`);
    expect(() => checkXmlShape(`<R>${"<E/>".repeat(1000)}</R>`)).not.toThrow();
  });
});
