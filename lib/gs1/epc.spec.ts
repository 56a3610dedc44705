import { parseEpc } from "./epc";
import { parseGtin } from "./gtin";

describe("parseEpc", () => {
  it.each([
    ["urn:epc:id:sgtin:0614141.107346.2017", "10614141073464", "2017"],
    ["urn:epc:id:sgtin:0614141.812345.6789", "80614141123458", "6789"],
    ["urn:epc:id:sgtin:4012345.011111.987", "04012345111118", "987"],
    ["urn:epc:id:sgtin:0614141.107346.A%2FB", "10614141073464", "A/B"],
    ["https://id.gs1.org/01/10614141073464/21/2017", "10614141073464", "2017"],
    ["https://brand.example.com/p/01/10614141073464/10/LOT1/21/X%2B1?17=251231", "10614141073464", "X+1"],
    ["https://id.gs1.org/01/614141073467/21/5", "00614141073467", "5"],
  ])("reads %s", (uri, gtin, serial) => {
    expect(parseEpc(uri)).toEqual({ kind: "sgtin", gtin, serial });
  });

  it("treats other identifiers as not serial-tracked", () => {
    expect(parseEpc("urn:epc:id:sscc:0614141.1234567890")).toEqual({ kind: "other" });
    expect(parseEpc("https://id.gs1.org/01/10614141073464")).toEqual({ kind: "other" });
    expect(parseEpc("urn:uuid:9b1b5e4e-0000-4000-8000-000000000000")).toEqual({ kind: "other" });
  });

  it("refuses malformed GS1 identifiers with a reason", () => {
    expect(parseEpc("urn:epc:id:sgtin:0614141.10734.2017")).toMatchObject({ kind: "invalid", reason: expect.stringContaining("13 digits") });
    expect(parseEpc("https://id.gs1.org/01/10614141073465/21/1")).toMatchObject({ kind: "invalid", reason: expect.stringContaining("check digit") });
    expect(parseEpc("urn:epc:id:sgtin:0614141.107346.123456789012345678901")).toMatchObject({ kind: "invalid" });
  });
});

describe("parseGtin", () => {
  it("pads GTIN-8, -12 and -13 to GTIN-14", () => {
    expect(parseGtin("96385074")).toEqual({ ok: true, gtin14: "00000096385074" });
    expect(parseGtin("614141073467")).toEqual({ ok: true, gtin14: "00614141073467" });
    expect(parseGtin("4012345111118")).toEqual({ ok: true, gtin14: "04012345111118" });
  });

  it("refuses bad check digits, lengths and characters", () => {
    expect(parseGtin("4012345111119")).toEqual({ ok: false, reason: "check digit is 9, expected 8" });
    expect(parseGtin("401234511111")).toMatchObject({ ok: false });
    expect(parseGtin("40123451111A8")).toEqual({ ok: false, reason: "a GTIN has digits only" });
  });
});
