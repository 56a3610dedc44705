import { validateHeaderValue } from "node:http";
import { HubError } from "../errors/hub-error";
import { newApiKey } from "./api-key";
import { identityFromClaims, identityToHeaders, SUB_PATTERN } from "./identity";

const SUB_MESSAGE = "The token's sub claim must be 1 to 256 printable ASCII characters, without spaces.";

/** The refusal's code and message, or "accepted". */
function verdict(claims: unknown): string {
  try {
    identityFromClaims(claims);
    return "accepted";
  } catch (error) {
    return error instanceof HubError ? `${error.code}: ${error.message}` : `not a HubError: ${String(error)}`;
  }
}

/** Whether every identity header could be sent as it is (http.request throws otherwise). */
function headersSendable(headers: Record<string, string>): boolean {
  try {
    Object.entries(headers).forEach(([name, value]) => validateHeaderValue(name, value));
    return true;
  } catch {
    return false;
  }
}

describe("identityFromClaims", () => {
  const claims = (sub: unknown) => ({ sub, tenant: "acme", roles: ["admin"] });

  it("refuses a sub that could not travel in a header, with a reason the client can act on", () => {
    const bad = ["josé-用户", "line\nbreak", "carriage\rreturn", "with space", "tab\there", "nul\u0000", "del\u007f", "é", "x".repeat(257)];
    const verdicts = bad.map((sub) => verdict(claims(sub)));
    expect(verdicts).toEqual(bad.map(() => `UNAUTHENTICATED: ${SUB_MESSAGE}`));
    expect(verdict(claims(""))).toBe("UNAUTHENTICATED: The token's sub claim is missing.");
    expect(verdict(claims(42))).toBe("UNAUTHENTICATED: The token's sub claim is missing.");
    console.log(`identityFromClaims: ${bad.length} subs that cannot travel in a header refused`);
  });

  it("accepts every printable ASCII subject up to 256 characters, and each one can be sent as a header", () => {
    const printable = Array.from({ length: 0x7e - 0x21 + 1 }, (_, n) => String.fromCharCode(0x21 + n)).join("");
    const good = [printable, "x".repeat(256), "auth0|5f3c2b", "user@example.com", "service:ingest", `apikey:${newApiKey().id}`];
    for (const sub of good) {
      expect(verdict(claims(sub))).toBe("accepted");
      expect(headersSendable(identityToHeaders(identityFromClaims(claims(sub))))).toBe(true);
    }
  });

  it("lets an API key's identity through the same check: apikey:<16 hex> is a valid subject", () => {
    for (let n = 0; n < 50; n += 1) {
      expect(SUB_PATTERN.test(`apikey:${newApiKey().id}`)).toBe(true);
    }
  });
});
