import { canonicalJson } from "../canonical-json";
import { identityToHeaders } from "./identity";
import {
  BODY_DIGEST_HEADER,
  EMPTY_BODY_DIGEST,
  INVALID_SIGNATURE,
  REST_SIGNATURE_HEADER,
  restSigningPayload,
  sign,
  signatureProblem,
  signedRestHeaders,
  SIGNATURE_WINDOW_MS,
  signingPayload,
  stamped,
  timeProblem,
  verifySignature,
} from "./upstream-signature";

const secret = "upstream-secret-upstream-secret-upstream";
const NOW = 1_760_000_000_000;
const headers = stamped(identityToHeaders({ tenant: "acme", sub: "u1", roles: ["admin"] }), NOW);

describe("upstream signature", () => {
  it("serialises objects independently of key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
  });

  it("verifies what was signed, and nothing else", () => {
    const payload = signingPayload("{ products { edges { cursor } } }", { first: 5 }, headers);
    const signature = sign(secret, payload);
    expect(verifySignature(secret, payload, signature)).toBe(true);
    expect(verifySignature(secret, signingPayload("{ products { edges { cursor } } }", { first: 6 }, headers), signature)).toBe(false);
    const otherTenant = stamped(identityToHeaders({ tenant: "globex", sub: "u1", roles: ["admin"] }), NOW);
    expect(verifySignature(secret, signingPayload("{ products { edges { cursor } } }", { first: 5 }, otherTenant), signature)).toBe(false);
    expect(verifySignature(secret, signingPayload("{ products { edges { cursor } } }", { first: 5 }, stamped(headers, NOW + 1)), signature)).toBe(false);
    expect(verifySignature("another-secret-another-secret-another", payload, signature)).toBe(false);
    expect(verifySignature(secret, payload, undefined)).toBe(false);
    expect(verifySignature(secret, payload, "bm90IGEgc2lnbmF0dXJl")).toBe(false);
  });

  it("treats absent and empty variables alike, as the gateway's serialiser does", () => {
    expect(signingPayload("{ a }", undefined, headers)).toBe(signingPayload("{ a }", {}, headers));
  });

  it("signs a REST request over its method, URL, body digest, identity and time", () => {
    const signed = signedRestHeaders(secret, "POST", "/recalls/serial-lists?gtin=1", identityToHeaders({ tenant: "acme", sub: "u1", roles: ["admin"] }), "SN-1\n", NOW);
    expect(signed).toMatchObject({ "x-serialhub-signed-at": String(NOW), [BODY_DIGEST_HEADER]: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const check = (method: string, url: string, changed: Record<string, string> = {}) =>
      verifySignature(secret, restSigningPayload(method, url, { ...signed, ...changed }), signed[REST_SIGNATURE_HEADER]);
    expect(check("POST", "/recalls/serial-lists?gtin=1")).toBe(true);
    expect(check("PUT", "/recalls/serial-lists?gtin=1")).toBe(false);
    expect(check("POST", "/recalls/serial-lists?gtin=2")).toBe(false);
    expect(check("POST", "/recalls/serial-lists?gtin=1", { [BODY_DIGEST_HEADER]: EMPTY_BODY_DIGEST })).toBe(false);
    expect(check("POST", "/recalls/serial-lists?gtin=1", { "x-serialhub-signed-at": String(NOW + 1000) })).toBe(false);
    expect(check("POST", "/recalls/serial-lists?gtin=1", { "x-serialhub-tenant": "globex" })).toBe(false);
    // A REST signature is no GraphQL signature, and the other way round.
    expect(restSigningPayload("POST", "/graphql", headers)).not.toBe(signingPayload("POST /graphql", null, headers));
  });

  it("refuses a time outside the window either way, and none at all", () => {
    expect(timeProblem(headers, NOW + SIGNATURE_WINDOW_MS)).toBeUndefined();
    expect(timeProblem(headers, NOW - SIGNATURE_WINDOW_MS)).toBeUndefined();
    expect(timeProblem(headers, NOW + SIGNATURE_WINDOW_MS + 1)).toBe(
      "The upstream signature is stale: signed 60.0 s ago, outside the 60 s window (a replayed request?).",
    );
    expect(timeProblem(headers, NOW - 90_000)).toBe("The upstream signature is dated 90.0 s ahead, outside the 60 s window (clocks out of step?).");
    expect(timeProblem(headers, NOW + 10_000, 5_000)).toMatch(/signed 10\.0 s ago, outside the 5 s window/);
    for (const signedAt of [undefined, "", "soon", "-5", "1.5"]) {
      expect(timeProblem({ ...headers, "x-serialhub-signed-at": signedAt }, NOW)).toMatch(/carries no signing time/);
    }
  });

  it("judges the HMAC before the time: a forged timestamp is never believed", () => {
    const payload = signingPayload("{ a }", null, headers);
    const signature = sign(secret, payload);
    expect(signatureProblem(secret, payload, signature, headers, NOW + 1_000)).toBeUndefined();
    expect(signatureProblem(secret, payload, signature, headers, NOW + 120_000)).toMatch(/stale/);
    expect(signatureProblem(secret, payload, "AAAA", headers, NOW + 120_000)).toBe(INVALID_SIGNATURE);
  });
});
