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

  it("counts only the operation that runs, and only queries", () => {
    const document = `query One { verify(code: "a") { verified } } query Two { products { totalCount } }`;
    expect(checks(document, "One")).toBe(1);
    expect(checks(document, "Two")).toBe(0);
    expect(checks(`mutation { verify: createProduct(input: {}) { gtin } }`)).toBe(0);
    expect(checks(`subscription { anomalyDetected { id } }`)).toBe(0);
  });
});
