import type { HubError } from "../errors/hub-error";
import { parseCode } from "./code";
import { gs1DateToIso } from "./dates";
import { describeElements } from "./describe";
import { parseGtin } from "./gtin";

const elementsOf = (input: string) => parseCode(input).elements;

function refusal(input: string): HubError {
  try {
    parseCode(input);
  } catch (error) {
    return error as HubError;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused`);
}

const SAME_DATA = [
  ["(01)09520123456788(17)261231(10)ABC123(21)12345", "element-string"],
  ["]d2010952012345678817261231" + "10ABC123\x1d2112345", "scan"],
  ["^010952012345678817261231" + "10ABC123^2112345", "ai-data"],
  ["https://id.gs1.org/01/09520123456788/10/ABC123/21/12345?17=261231", "digital-link"],
] as const;

describe("parseCode: the four representations of one code (domain.md §2.3)", () => {
  it.each(SAME_DATA)("reads %s", (input, source) => {
    const code = parseCode(input);
    expect(code.source).toBe(source);
    const sorted = [...code.elements].sort((a, b) => a.ai.localeCompare(b.ai));
    expect(sorted).toEqual([
      { ai: "01", value: "09520123456788" },
      { ai: "10", value: "ABC123" },
      { ai: "17", value: "261231" },
      { ai: "21", value: "12345" },
    ]);
  });

  it("renders canonical forms", () => {
    const rendered = describeElements(elementsOf("(01)09520123456788(17)261231(10)ABC123(21)12345"), 7);
    expect(rendered).toMatchObject({
      gtin: "09520123456788",
      serial: "12345",
      lot: "ABC123",
      expiry: "2026-12-31",
      digitalLink: "https://id.gs1.org/01/09520123456788/10/ABC123/21/12345?17=261231",
      elementString: "(01)09520123456788(17)261231(10)ABC123(21)12345",
      barcodeData: "010952012345678817261231" + "10ABC123\x1d2112345",
      epc: "urn:epc:id:sgtin:9520123.045678.12345",
    });
  });

  it("turns the worked Digital Link examples into element strings and back", () => {
    expect(describeElements(elementsOf("https://a/01/12312312312333/22/ABC%2d123?99=ABC&98=XYZ%2f987")).elementString).toBe(
      "(01)12312312312333(22)ABC-123(99)ABC(98)XYZ/987",
    );
    expect(describeElements(elementsOf("(3103)000189(01)05412345000013(3923)2172(10)ABC&+123")).digitalLink).toBe(
      "https://id.gs1.org/01/05412345000013/10/ABC%26%2B123?3103=000189&3923=2172",
    );
  });

  it.each([
    ["urn:epc:id:sgtin:0614141.107346.2017", "10614141073464", "https://id.gs1.org/01/10614141073464/21/2017"],
    ["urn:epc:id:sgtin:0614141.812345.6789", "80614141123458", "https://id.gs1.org/01/80614141123458/21/6789"],
    ["urn:epc:id:sgtin:4012345.011111.987", "04012345111118", "https://id.gs1.org/01/04012345111118/21/987"],
  ])("reads the EPC URN %s and renders it back with the company prefix length", (urn, gtin, link) => {
    const elements = elementsOf(urn);
    const prefixLength = urn.split(":")[4].split(".")[0].length;
    expect(describeElements(elements, prefixLength)).toMatchObject({ gtin, digitalLink: link, epc: urn });
  });

  it("reads SSCC and SGLN URNs", () => {
    expect(elementsOf("urn:epc:id:sscc:0614141.1234567890")).toEqual([{ ai: "00", value: "106141412345678908" }]);
    expect(elementsOf("urn:epc:id:sgln:0614141.07346.1234")).toEqual([
      { ai: "414", value: "0614141073467" },
      { ai: "254", value: "1234" },
    ]);
    expect(describeElements(elementsOf("urn:epc:id:sgln:0614141.07346.0"), 7).epc).toBe("urn:epc:id:sgln:0614141.07346.0");
  });

  it("reads zero-suppressed GTINs in a Digital Link and upper-case schemes", () => {
    expect(elementsOf("HTTPS://brand.example.com/p/01/9520123456788/21/A%2FB")).toEqual([
      { ai: "01", value: "09520123456788" },
      { ai: "21", value: "A/B" },
    ]);
  });

  it("tolerates a trailing GS and textual stand-ins for GS", () => {
    expect(elementsOf("]d20109520123456788" + "10ABC\x1d")).toHaveLength(2);
    const code = parseCode("]d20109520123456788" + "10ABC<GS>2112345");
    expect(code.elements.map((element) => element.ai)).toEqual(["01", "10", "21"]);
    expect(code.warnings[0]).toMatch(/stand-in for the GS separator/);
  });

  it("splits by the predefined-length table when GS is missing and that is safe", () => {
    expect(elementsOf("]d20109520123456788172612312112345")).toEqual([
      { ai: "01", value: "09520123456788" },
      { ai: "17", value: "261231" },
      { ai: "21", value: "12345" },
    ]);
  });

  it("refuses to guess when a missing GS leaves two readings", () => {
    const error = refusal("]d2010952012345678810ABC1232112345");
    expect(error).toMatchObject({ code: "BAD_CODE", details: { ai: "10", position: 27 } });
    expect(error.message).toMatch(/^Ambiguous: .*AI \(10\) may end after "ABC123" and be followed by \(21\)12345/);
  });
});

describe("parseCode: every failure class is BAD_CODE naming the AI and position", () => {
  it.each([
    ["(01)09520123456789", "01", /check digit/],
    ["(01)0952012345678", "01", /wrong length/],
    ["(10)ABC#1(01)09520123456788", "10", /non-CSET 82 character "#"/],
    ["(01)09520123456788(17)261331", "17", /month/],
    ["(01)09520123456788(17)260230", "17", /day/],
    ["(21)12345", "21", /needs \(01\) or \(03\) or \(8006\)/],
    ["(01)09520123456788(21)1(235)X", "21", /cannot appear with AI \(235\)/],
    ["https://id.gs1.org/01/09520123456788/21/1/10/A", "21", /allowed order/],
    ["https://id.gs1.org/01/09520123456788?10=A", "10", /belongs in the path/],
    ["(01)09520123456788(10)AAAAAAAAAAAAAAAAAAAAA", "10", /too long/],
    ["]E04012345111119", "01", /check digit/],
  ])("refuses %s", (input, ai, message) => {
    const error = refusal(input);
    expect(error.code).toBe("BAD_CODE");
    expect(error.details.ai).toBe(ai);
    expect(error.message).toMatch(message);
  });

  it("gives the position of a bad character", () => {
    expect(refusal("(01)09520123456788(10)AB CD").details).toEqual({ ai: "10", position: 24 });
  });

  it("refuses what is not a GS1 code at all", () => {
    expect(refusal("hello").message).toMatch(/Not a GS1 code/);
    expect(refusal("").message).toMatch(/empty/);
    expect(refusal("ftp://x/01/09520123456788").code).toBe("BAD_CODE");
  });
});

describe("GS1 dates and check digits (domain.md §2.1, §2.2)", () => {
  it("reads day 00 as the last day of the month, and the century by the sliding window", () => {
    expect(gs1DateToIso("260200")).toBe("2026-02-28");
    expect(gs1DateToIso("280200")).toBe("2028-02-29");
    expect(gs1DateToIso("991231", new Date("2026-01-01"))).toBe("1999-12-31");
    expect(gs1DateToIso("750101", new Date("2026-01-01"))).toBe("2075-01-01");
  });

  it.each(["09520123456788", "12345678901231", "80614141123458", "04012345111118", "02345673", "416000336108", "1234567890128"])(
    "accepts the check digit of %s",
    (gtin) => expect(parseGtin(gtin).ok).toBe(true),
  );

  it.each(["12345678901232", "12345673"])("refuses the check digit of %s", (gtin) => expect(parseGtin(gtin).ok).toBe(false));
});
