import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../paths";
import { validateAiSet } from "./ai-set";
import type { AiElement } from "./ai-value";
import { parseCode } from "./code";
import { parseDigitalLink } from "./digital-link";
import { parseAiData, parseBracketed, toBracketed } from "./element-string";
import { parseScanData } from "./scan-data";

interface Vector {
  kind: "digitalLink" | "scanData" | "bracketed" | "fnc1";
  input: string;
  valid: boolean;
  ais?: string;
  error?: string;
}

const vectors = JSON.parse(readFileSync(join(PROJECT_ROOT, "test/fixtures/gs1/syntax-engine-vectors.json"), "utf8")) as Vector[];

/** Each kind through the reader for that form, as the reference engine reads it. */
function read(vector: Vector): AiElement[] {
  let elements: AiElement[];
  switch (vector.kind) {
    case "digitalLink":
      elements = parseDigitalLink(vector.input).elements;
      break;
    case "scanData":
      elements = parseScanData(vector.input).elements;
      break;
    case "bracketed":
      elements = parseBracketed(vector.input).elements;
      break;
    case "fnc1":
      if (!vector.input.startsWith("^")) {
        throw new Error("not GS1 data: no leading FNC1");
      }
      elements = parseAiData(vector.input.slice(1), "^").elements;
      break;
  }
  validateAiSet(elements);
  return elements;
}

describe("the GS1 Syntax Engine's 245 reference vectors", () => {
  it("are all here", () => {
    expect(vectors).toHaveLength(245);
  });

  const valid = vectors.filter((vector) => vector.valid);
  const invalid = vectors.filter((vector) => !vector.valid);

  it.each(valid.map((vector) => [vector.kind, JSON.stringify(vector.input), vector] as const))("%s %s is read as the engine reads it", (_kind, _input, vector) => {
    expect(toBracketed(read(vector))).toBe(vector.ais);
  });

  it.each(invalid.map((vector) => [vector.kind, JSON.stringify(vector.input), vector] as const))("%s %s is refused", (_kind, _input, vector) => {
    expect(() => read(vector)).toThrow();
  });
});

describe("where parseCode deliberately accepts more than the engine", () => {
  it("reads AI data with no symbology identifier, as keyboard-wedge scanners send it, and says so", () => {
    const code = parseCode("0109520123456788\x1d10ABC123");
    expect(code.elements).toEqual([
      { ai: "01", value: "09520123456788" },
      { ai: "10", value: "ABC123" },
    ]);
    expect(code.warnings).toContain("No symbology identifier: read as GS1 AI data.");
  });

  it("reads a bare GTIN-13 from a 1D scan", () => {
    expect(parseCode("4012345111118")).toMatchObject({ source: "gtin", elements: [{ ai: "01", value: "04012345111118" }] });
  });
});
