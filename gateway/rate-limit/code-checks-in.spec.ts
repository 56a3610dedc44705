import { parse } from "graphql";
import { codeChecksIn } from "./code-checks-in";

const checks = (query: string, operationName?: string) => codeChecksIn(parse(query), operationName);

describe("codeChecksIn", () => {
  it("counts each root verify and lookup selection, aliases included", () => {
    expect(checks(`{ verify(code: "a") { verified } }`)).toBe(1);
    const aliased = Array.from({ length: 100 }, (_, i) => `v${i}: verify(code: "${i}") { verified }`).join(" ");
    expect(checks(`query Many { ${aliased} }`)).toBe(100);
    expect(checks(`{ a: lookup(code: "x") { gtin } b: verify(code: "y") { verified } products { totalCount } }`)).toBe(2);
  });

  it("follows fragments and inline fragments at the root, and counts nothing deeper", () => {
    const query = `query Q { ...Checks ... on Query { c: verify(code: "c") { verified } } }
      fragment Checks on Query { a: verify(code: "a") { verified } ...More }
      fragment More on Query { b: lookup(code: "b") { gtin } }`;
    expect(checks(query)).toBe(3);
    expect(checks(`{ serial(gtin: "1", serial: "2") { verify lookup } }`)).toBe(0);
  });

  it("counts warrantyStatus, which tells whether any tenant's code is genuine", () => {
    expect(checks(`{ warrantyStatus(code: "a") { genuine } }`)).toBe(1);
    expect(checks(`{ a: warrantyStatus(code: "a") { genuine } b: warrantyStatus(code: "b") { genuine } verify(code: "c") { verified } }`)).toBe(3);
  });

  it("counts each fragment once, so fragments spread exponentially are counted at once", () => {
    // The reviewer's 904-character document: walked spread by spread, 2^22 visits (8 s of a blocked event loop).
    const spreads = (levels: number, leaf: string) =>
      `query { ...F0 }\n${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join("\n")}\nfragment F${levels} on Query { ${leaf} }`;
    expect(checks(spreads(22, "__typename"))).toBe(0);
    expect(checks(spreads(22, `verify(code: "x") { verified }`))).toBe(2 ** 22);
    // 2^190 visits without the memo: this test would never end. Each spread still counts (the safe side).
    const document = spreads(190, `a: verify(code: "x") { verified } b: lookup(code: "y") { gtin } __typename`);
    expect(checks(document)).toBe(2 * 2 ** 190);
    console.log(`fragments spread 2 × 190 levels deep (${document.length.toLocaleString("en")} characters): ${checks(document)} checks counted`);
  });

  it("counts only the operation that runs, and only queries", () => {
    const document = `query One { verify(code: "a") { verified } } query Two { products { totalCount } }`;
    expect(checks(document, "One")).toBe(1);
    expect(checks(document, "Two")).toBe(0);
    expect(checks(`mutation { verify: createProduct(input: {}) { gtin } }`)).toBe(0);
    expect(checks(`subscription { anomalyDetected { id } }`)).toBe(0);
  });
});
