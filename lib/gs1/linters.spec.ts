import { validateAiValue } from "./ai-value";
import { lint } from "./linters";

describe("GS1 syntax linters", () => {
  it.each([
    ["csumalpha", "1987654Ad4X4bL5ttr2310c2K", true],
    ["csumalpha", "1987654Ad4X4bL5ttr2310c2L", false],
    ["iso3166", "528", true],
    ["iso3166", "999", false],
    ["iso3166999", "999", true],
    ["iso3166alpha2", "DE", true],
    ["iso3166alpha2", "XX", false],
    ["iso4217", "978", true],
    ["iso4217", "000", false],
    ["iban", "GB33BUKB20201555555555", true],
    ["iban", "GB34BUKB20201555555555", false],
    ["yymmd0", "260200", true],
    ["yymmdd", "260200", false],
    ["yyyymmdd", "20240229", true],
    ["yyyymmdd", "20230229", false],
    ["hhmi", "2359", true],
    ["hhmi", "2400", false],
    ["pieceoftotal", "0203", true],
    ["pieceoftotal", "0302", false],
    ["pcenc", "A%20B", true],
    ["pcenc", "A%2GB", false],
    ["winding", "9", true],
    ["winding", "2", false],
  ])("%s(%s) → %s", (name, value, ok) => {
    expect(lint(name, value) === undefined).toBe(ok);
  });

  it("runs the linters named in the dictionary for each component", () => {
    expect(() => validateAiValue("8013", "1987654Ad4X4bL5ttr2310c2K")).not.toThrow();
    expect(() => validateAiValue("4307", "ZZ")).toThrow(/alpha-2/);
    expect(() => validateAiValue("7007", "2112252112")).toThrow(/wrong length/);
  });
});
