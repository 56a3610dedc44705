import { canonicalLocationId, parseLocationId } from "./location-id";

describe("canonicalLocationId", () => {
  it.each([
    ["urn:epc:id:sgln:4012345.00001.0", "https://id.gs1.org/414/4012345000016"],
    ["https://id.gs1.org/414/4012345000016", "https://id.gs1.org/414/4012345000016"],
    ["4012345000016", "https://id.gs1.org/414/4012345000016"],
    [" 4012345000016 ", "https://id.gs1.org/414/4012345000016"],
    ["(414)4012345000016", "https://id.gs1.org/414/4012345000016"],
    ["https://id.gs1.org/414/4012345000016/254/0", "https://id.gs1.org/414/4012345000016"],
    ["urn:epc:id:sgln:4012345.00001.7", "https://id.gs1.org/414/4012345000016/254/7"],
    ["https://brand.example.com/loc/414/4012345000016/254/7?linkType=gs1:locationInfo", "https://id.gs1.org/414/4012345000016/254/7"],
    ["(414)4012345000016(254)7", "https://id.gs1.org/414/4012345000016/254/7"],
    ["urn:epc:id:sgln:0614141.07346.A%2FB", "https://id.gs1.org/414/0614141073467/254/A%2FB"],
    ["https://id.gs1.org/414/0614141073467/254/A%2FB", "https://id.gs1.org/414/0614141073467/254/A%2FB"],
  ])("maps %s to %s", (raw, canonical) => {
    expect(canonicalLocationId(raw)).toBe(canonical);
  });

  it.each([
    ["4012345000017", /check digit/],
    ["urn:epc:id:sgln:4012345.00001", /SGLN URN is/],
    ["urn:epc:id:sgln:4012345.0001.0", /12 digits/],
    ["urn:epc:id:sgtin:0614141.107346.2017", /no GLN/],
    ["https://id.gs1.org/01/09506000134352", /no GLN/],
    ["urn:example:warehouse:7", /Not a GS1 code/],
    ["", /empty/],
  ])("refuses %s", (raw, reason) => {
    expect(canonicalLocationId(raw)).toBeNull();
    expect(parseLocationId(raw)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
