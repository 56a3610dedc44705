import { createHmac } from "node:crypto";
import { HubError } from "../errors/hub-error";
import { signWith, testSigningKey, TestJwksServer } from "../testing/jwks-server";
import type { Identity } from "./identity";
import { importJwks, JwksCache } from "./jwks";
import { signToken } from "./token";
import { TokenVerifier } from "./token-verifier";

const SECRET = "hs256-secret-hs256-secret-hs256-secret!";
const acme: Identity = { tenant: "acme", sub: "integration-1", roles: ["integrator"] };
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const now = () => Math.floor(Date.now() / 1000);

/** A token put together by hand, as an attacker would (jsonwebtoken refuses to sign some of these). */
function forge(header: Record<string, unknown>, payload: Record<string, unknown>, hmacKey?: string | Buffer): string {
  const input = `${b64(header)}.${b64(payload)}`;
  const signature = hmacKey === undefined ? "" : createHmac("sha256", hmacKey).update(input).digest("base64url");
  return `${input}.${signature}`;
}

/** The reason a token is refused, or "accepted". */
async function verdict(verifier: TokenVerifier, token: string): Promise<string> {
  try {
    await verifier.verify(token);
    return "accepted";
  } catch (error) {
    if (!(error instanceof HubError)) {
      throw error;
    }
    return `${error.code}: ${error.message}`;
  }
}

describe("TokenVerifier", () => {
  const rsa = testSigningKey("rsa-1", "RS256");
  const ec = testSigningKey("ec-1", "ES256");
  let idp: TestJwksServer;

  beforeAll(async () => {
    idp = await new TestJwksServer().start();
  });

  beforeEach(() => {
    idp.keys = [rsa, ec];
    idp.fetches = 0;
    idp.failing = false;
  });

  afterAll(async () => {
    await idp.stop();
  });

  const jwksVerifier = (options: { minRefetchMs?: number; issuer?: string; audience?: string[]; hs256?: boolean } = {}) =>
    new TokenVerifier({
      jwks: new JwksCache(idp.url, { minRefetchMs: options.minRefetchMs ?? 0 }),
      hs256Secret: options.hs256 ? SECRET : undefined,
      issuer: options.issuer,
      audience: options.audience,
    });

  it("accepts RS256 and ES256 tokens signed with keys of the JWKS, and fetches the set once", async () => {
    const verifier = jwksVerifier({ minRefetchMs: 60_000 });
    expect(await verifier.verify(signWith(rsa, acme))).toMatchObject({ sub: "integration-1", tenant: "acme", roles: ["integrator"] });
    expect(await verifier.verify(signWith(ec, acme))).toMatchObject({ sub: "integration-1", tenant: "acme" });
    for (let i = 0; i < 20; i += 1) {
      await verifier.verify(signWith(i % 2 ? rsa : ec, acme));
    }
    console.log(`JWKS: 22 tokens (RS256 and ES256) verified with ${idp.fetches} fetch of the key set`);
    expect(idp.fetches).toBe(1);
  });

  it("picks up a rotated key by its new kid, and drops the retired one", async () => {
    const verifier = jwksVerifier();
    expect(await verdict(verifier, signWith(rsa, acme))).toBe("accepted");
    const next = testSigningKey("rsa-2", "RS256");
    expect(await verdict(verifier, signWith(next, acme))).toBe("UNAUTHENTICATED: The token is signed with a key this hub does not know (kid).");
    idp.keys = [next, ec];
    expect(await verdict(verifier, signWith(next, acme))).toBe("accepted");
    expect(await verdict(verifier, signWith(rsa, acme))).toBe("UNAUTHENTICATED: The token is signed with a key this hub does not know (kid).");
    console.log(`rotation: new kid accepted after ${idp.fetches} fetches in all`);
  });

  it("fetches again for unknown kids at most once per interval, however many tokens name them", async () => {
    const verifier = jwksVerifier({ minRefetchMs: 60_000 });
    await verifier.verify(signWith(rsa, acme));
    const verdicts = await Promise.all(Array.from({ length: 50 }, (_, i) => verdict(verifier, signWith(rsa, acme, { kid: `forged-${i}` }))));
    console.log(`rate limit: 50 tokens with unknown kids refused=${verdicts.filter((v) => v !== "accepted").length}, JWKS fetches=${idp.fetches}`);
    expect(new Set(verdicts)).toEqual(new Set(["UNAUTHENTICATED: The token is signed with a key this hub does not know (kid)."]));
    expect(idp.fetches).toBe(1);
  });

  it("checks issuer and audience when configured, for JWKS and HS256 tokens alike", async () => {
    const verifier = jwksVerifier({ issuer: "https://idp.example/", audience: ["serialhub"], hs256: true });
    expect(await verdict(verifier, signWith(rsa, acme, { issuer: "https://idp.example/", audience: "serialhub" }))).toBe("accepted");
    expect(await verdict(verifier, signWith(rsa, acme, { issuer: "https://evil.example/", audience: "serialhub" }))).toBe(
      "UNAUTHENTICATED: The token's issuer (iss) is not the one this hub trusts.",
    );
    expect(await verdict(verifier, signWith(ec, acme, { issuer: "https://idp.example/", audience: "another-api" }))).toBe(
      "UNAUTHENTICATED: The token is not meant for this hub (aud).",
    );
    expect(await verdict(verifier, signWith(rsa, acme))).toBe("UNAUTHENTICATED: The token's issuer (iss) is not the one this hub trusts.");
    expect(await verdict(verifier, signToken(SECRET, acme, { issuer: "https://idp.example/", audience: "serialhub" }))).toBe("accepted");
    expect(await verdict(verifier, signToken(SECRET, acme, { issuer: "https://idp.example/" }))).toBe(
      "UNAUTHENTICATED: The token is not meant for this hub (aud).",
    );
  });

  it("allows the clock skew on expiry and not more", async () => {
    const verifier = new TokenVerifier({ hs256Secret: SECRET, clockSkewSeconds: 30 });
    expect(await verdict(verifier, signToken(SECRET, acme, { expiresIn: -10 }))).toBe("accepted");
    expect(await verdict(verifier, signToken(SECRET, acme, { expiresIn: -60 }))).toBe("UNAUTHENTICATED: The token has expired: get a new one.");
    const strict = new TokenVerifier({ hs256Secret: SECRET, clockSkewSeconds: 0 });
    expect(await verdict(strict, signToken(SECRET, acme, { expiresIn: -10 }))).toBe("UNAUTHENTICATED: The token has expired: get a new one.");
    const jwks = jwksVerifier();
    expect(await verdict(jwks, signWith(ec, acme, { expiresIn: -5 }))).toBe("accepted");
    expect(await verdict(jwks, signWith(ec, acme, { expiresIn: -45 }))).toBe("UNAUTHENTICATED: The token has expired: get a new one.");
    expect(await verdict(jwks, signWith(rsa, acme, { notBefore: 120 }))).toBe("UNAUTHENTICATED: The token is not valid yet (nbf): check the issuer's clock.");
    expect(await verdict(jwks, signWith(rsa, acme, { notBefore: 20 }))).toBe("accepted");
  });

  it("refuses tokens that never expire", async () => {
    const verifier = new TokenVerifier({ hs256Secret: SECRET });
    const forever = forge({ alg: "HS256", typ: "JWT" }, { sub: "x", tenant: "acme", roles: ["admin"] }, SECRET);
    expect(await verdict(verifier, forever)).toBe("UNAUTHENTICATED: The token has no expiry (exp): the hub accepts only tokens that expire.");
  });

  it("refuses an HS256 token signed with the RSA public key's text (algorithm confusion)", async () => {
    const pem = rsa.publicKey.export({ type: "spki", format: "pem" }) as string;
    const jwk = JSON.stringify(rsa.publicKey.export({ format: "jwk" }));
    const claims = { sub: "attacker", tenant: "acme", roles: ["admin"], exp: now() + 600 };
    const confused = [pem, jwk, rsa.publicKey.export({ type: "spki", format: "der" }) as Buffer].map((key) =>
      forge({ alg: "HS256", typ: "JWT", kid: "rsa-1" }, claims, key),
    );
    const jwksOnly = jwksVerifier();
    const both = jwksVerifier({ hs256: true });
    const verdicts = [];
    for (const token of confused) {
      verdicts.push(await verdict(jwksOnly, token), await verdict(both, token));
    }
    console.log(`alg confusion: ${confused.length} forged tokens x 2 verifiers, refused ${verdicts.filter((v) => v !== "accepted").length}/${verdicts.length}`);
    expect(verdicts).toEqual([
      "UNAUTHENTICATED: The token's algorithm HS256 is not accepted by this hub.",
      "UNAUTHENTICATED: The token is not valid for this hub.",
      "UNAUTHENTICATED: The token's algorithm HS256 is not accepted by this hub.",
      "UNAUTHENTICATED: The token is not valid for this hub.",
      "UNAUTHENTICATED: The token's algorithm HS256 is not accepted by this hub.",
      "UNAUTHENTICATED: The token is not valid for this hub.",
    ]);
  });

  it("refuses a token whose header names another algorithm than its key's", async () => {
    const verifier = jwksVerifier();
    // An ES256 signature presented as RS256 under the EC key's kid: that kid has no RS256 key.
    const [, payload, signature] = signWith(ec, acme).split(".");
    const relabelled = `${b64({ alg: "RS256", typ: "JWT", kid: "ec-1" })}.${payload}.${signature}`;
    expect(await verdict(verifier, relabelled)).toBe("UNAUTHENTICATED: The token is signed with a key this hub does not know (kid).");
    const ps256 = forge({ alg: "PS256", kid: "rsa-1" }, { sub: "x", tenant: "acme", roles: ["admin"], exp: now() + 60 }, "x");
    expect(await verdict(verifier, ps256)).toBe("UNAUTHENTICATED: The token's algorithm PS256 is not accepted by this hub.");
  });

  it("refuses unsigned tokens (alg none), whatever the spelling", async () => {
    const claims = { sub: "attacker", tenant: "acme", roles: ["admin"], exp: now() + 600 };
    const verifier = jwksVerifier({ hs256: true });
    expect(await verdict(verifier, forge({ alg: "none", typ: "JWT" }, claims))).toBe("UNAUTHENTICATED: Unsigned tokens are refused.");
    expect(await verdict(verifier, forge({ alg: "None" }, claims))).toBe("UNAUTHENTICATED: The token's algorithm None is not accepted by this hub.");
    expect(await verdict(verifier, forge({ alg: "none" }, claims, SECRET))).toBe("UNAUTHENTICATED: Unsigned tokens are refused.");
    expect(await verdict(verifier, forge({ typ: "JWT" }, claims))).toBe("UNAUTHENTICATED: Unsigned tokens are refused.");
  });

  it("refuses garbage and a token signed with another secret alike", async () => {
    const verifier = new TokenVerifier({ hs256Secret: SECRET });
    for (const token of ["", "not-a-token", "a.b.c", signToken("another-secret-another-secret-another!", acme)]) {
      expect(await verdict(verifier, token)).toBe("UNAUTHENTICATED: The token is not valid for this hub.");
    }
    expect(await verdict(new TokenVerifier({}), signToken(SECRET, acme))).toBe("UNAUTHENTICATED: The token's algorithm HS256 is not accepted by this hub.");
  });

  it("answers SERVICE_UNAVAILABLE while no key set could ever be fetched, and keeps known keys when a refetch fails", async () => {
    idp.failing = true;
    const verifier = jwksVerifier();
    expect(await verdict(verifier, signWith(rsa, acme))).toBe("SERVICE_UNAVAILABLE: The hub cannot fetch its token signing keys right now; retry later.");
    idp.failing = false;
    expect(await verdict(verifier, signWith(rsa, acme))).toBe("accepted");
    idp.failing = true;
    expect(await verdict(verifier, signWith(ec, acme))).toBe("accepted");
    expect(await verdict(verifier, signWith(testSigningKey("rsa-9", "RS256"), acme))).toBe(
      "UNAUTHENTICATED: The token is signed with a key this hub does not know (kid).",
    );
  });
});

describe("importJwks", () => {
  it("keeps RSA and P-256 signing keys, public halves only, and skips the rest", () => {
    const rsa = testSigningKey("a", "RS256");
    const ec = testSigningKey("b", "ES256");
    const privateJwk = { ...rsa.privateKey.export({ format: "jwk" }), kid: "with-d" };
    const keys = importJwks({
      keys: [
        { ...rsa.publicKey.export({ format: "jwk" }), kid: "a" },
        { ...ec.publicKey.export({ format: "jwk" }), kid: "b", alg: "ES256" },
        privateJwk,
        { ...rsa.publicKey.export({ format: "jwk" }), kid: "enc", use: "enc" },
        { ...rsa.publicKey.export({ format: "jwk" }), kid: "ps", alg: "PS256" },
        { kty: "oct", k: "c2VjcmV0", kid: "hmac" },
        { kty: "EC", crv: "P-384", x: "AA", y: "AA", kid: "p384" },
        { kty: "RSA", n: "not base64!", e: "AQAB", kid: "broken" },
      ],
    });
    expect(keys.map((key) => [key.kid, key.alg, key.key.type])).toEqual([
      ["a", "RS256", "public"],
      ["b", "ES256", "public"],
      ["with-d", "RS256", "public"],
    ]);
    expect(() => importJwks({ nokeys: [] })).toThrow('the JWKS document has no "keys" list');
  });
});
