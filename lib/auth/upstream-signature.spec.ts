import { canonicalJson } from "../canonical-json";
import { identityToHeaders } from "./identity";
import { sign, signingPayload, verifySignature } from "./upstream-signature";

const secret = "upstream-secret-upstream-secret-upstream";
const headers = identityToHeaders({ tenant: "acme", sub: "u1", roles: ["admin"] });

describe("upstream signature", () => {
  it("serialises objects independently of key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
  });

  it("verifies what was signed, and nothing else", () => {
    const payload = signingPayload("{ products { edges { cursor } } }", { first: 5 }, headers);
    const signature = sign(secret, payload);
    expect(verifySignature(secret, payload, signature)).toBe(true);
    expect(verifySignature(secret, signingPayload("{ products { edges { cursor } } }", { first: 6 }, headers), signature)).toBe(false);
    const otherTenant = identityToHeaders({ tenant: "globex", sub: "u1", roles: ["admin"] });
    expect(verifySignature(secret, signingPayload("{ products { edges { cursor } } }", { first: 5 }, otherTenant), signature)).toBe(false);
    expect(verifySignature("another-secret-another-secret-another", payload, signature)).toBe(false);
    expect(verifySignature(secret, payload, undefined)).toBe(false);
    expect(verifySignature(secret, payload, "bm90IGEgc2lnbmF0dXJl")).toBe(false);
  });

  it("treats absent and empty variables alike, as the gateway's serialiser does", () => {
    expect(signingPayload("{ a }", undefined, headers)).toBe(signingPayload("{ a }", {}, headers));
  });
});
