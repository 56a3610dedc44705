import { HubError } from "../../lib/errors/hub-error";
import { credentialOf, credentialOfConnectionParams } from "./authenticator";

const KEY = `shk_0123456789abcdef_${"a".repeat(43)}`;

const problem = (run: () => unknown): string => {
  try {
    run();
    return "none";
  } catch (error) {
    return error instanceof HubError ? `${error.code}: ${error.message}` : String(error);
  }
};

describe("credentialOf", () => {
  it("reads a bearer JWT or API key, or X-API-Key; nothing is a public caller", () => {
    expect(credentialOf({ authorization: "Bearer abc.def.ghi" })).toBe("abc.def.ghi");
    expect(credentialOf({ authorization: `bearer ${KEY}` })).toBe(KEY);
    expect(credentialOf({ apiKey: ` ${KEY} ` })).toBe(KEY);
    expect(credentialOf({})).toBeUndefined();
    expect(credentialOfConnectionParams({ authorization: `Bearer ${KEY}` })).toBe(KEY);
    expect(credentialOfConnectionParams({ "x-api-key": KEY })).toBe(KEY);
    expect(credentialOfConnectionParams({ apiKey: KEY })).toBe(KEY);
    expect(credentialOfConnectionParams(undefined)).toBeUndefined();
  });

  it("refuses a malformed header, a JWT in X-API-Key, and two credentials at once", () => {
    expect(problem(() => credentialOf({ authorization: "Basic dXNlcjpwYXNz" }))).toBe(
      'UNAUTHENTICATED: The Authorization header must be "Bearer <jwt>" or "Bearer <API key>".',
    );
    expect(problem(() => credentialOf({ authorization: "abc.def.ghi" }))).toMatch(/^UNAUTHENTICATED/);
    expect(problem(() => credentialOf({ apiKey: "abc.def.ghi" }))).toBe(
      "UNAUTHENTICATED: X-API-Key must hold an API key (shk_…); send JWTs as Authorization: Bearer <jwt>.",
    );
    expect(problem(() => credentialOf({ authorization: "Bearer abc.def.ghi", apiKey: KEY }))).toBe(
      "UNAUTHENTICATED: Send either Authorization or X-API-Key, not both.",
    );
  });
});
