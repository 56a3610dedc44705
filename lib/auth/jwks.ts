import { createPublicKey, type JsonWebKey, type KeyObject } from "node:crypto";
import { HubError } from "../errors/hub-error";
import type { Logger } from "../log/logger";

/** The asymmetric algorithms a JWKS key may sign with; each key is pinned to one. */
export type JwksAlgorithm = "RS256" | "ES256";

export interface JwksKey {
  kid: string | undefined;
  alg: JwksAlgorithm;
  key: KeyObject;
}

export interface JwksCacheOptions {
  /** Least time between two fetches caused by an unknown `kid`, so forged kids cannot hammer the IdP. @default 10_000 */
  minRefetchMs?: number;
  /** Keys older than this are fetched again on the next token (rotation without an unknown kid). @default 600_000 */
  maxAgeMs?: number;
  /** @default 5_000 */
  timeoutMs?: number;
  log?: Logger;
}

export const DEFAULT_MIN_REFETCH_MS = 10_000;
export const DEFAULT_MAX_AGE_MS = 600_000;

/**
 * The algorithm a JWK may be used with, or undefined for keys we do not accept: only RSA
 * (RS256) and EC P-256 (ES256) signing keys. A key's own `alg`, when given, must agree, so
 * a set publishing the same RSA key for PS256 or RSA-OAEP does not widen what we accept.
 */
export function algorithmOf(jwk: JsonWebKey & { use?: string; alg?: string }): JwksAlgorithm | undefined {
  if (jwk.use !== undefined && jwk.use !== "sig") {
    return undefined;
  }
  const alg = jwk.kty === "RSA" ? "RS256" : jwk.kty === "EC" && jwk.crv === "P-256" ? "ES256" : undefined;
  if (!alg || (jwk.alg !== undefined && jwk.alg !== alg)) {
    return undefined;
  }
  return alg;
}

const MIN_RSA_BITS = 2048;

/** Imports the usable keys of a JWKS document (node:crypto reads JWKs itself); others are skipped. */
export function importJwks(document: unknown): JwksKey[] {
  const keys = (document as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) {
    throw new Error('the JWKS document has no "keys" list');
  }
  const imported: JwksKey[] = [];
  for (const jwk of keys as (JsonWebKey & { kid?: unknown; use?: string; alg?: string })[]) {
    const alg = jwk && typeof jwk === "object" ? algorithmOf(jwk) : undefined;
    if (!alg || (jwk.kid !== undefined && typeof jwk.kid !== "string")) {
      continue;
    }
    try {
      // Only the public members: a JWK that carries "d" would otherwise import as a private key.
      const { kty, n, e, crv, x, y } = jwk;
      const key = createPublicKey({ key: { kty, n, e, crv, x, y }, format: "jwk" });
      // Short RSA moduli can be factored; jsonwebtoken would refuse them at each token anyway.
      if (alg === "RS256" && (key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_RSA_BITS) {
        continue;
      }
      imported.push({ kid: jwk.kid as string | undefined, alg, key });
    } catch {
      continue;
    }
  }
  return imported;
}

/**
 * The signing keys of the identity provider, fetched from its JWKS URL and kept: fetched
 * again when they grow old or when a token names a kid we do not know (a rotation), at most
 * once per `minRefetchMs`. A failed fetch keeps the keys already known.
 */
export class JwksCache {
  private keys: JwksKey[] = [];
  private fetchedAt = 0;
  private attemptedAt = 0;
  private inFlight: Promise<void> | undefined;
  /** Fetches made (successful or not), for tests and metrics. */
  fetches = 0;

  private readonly minRefetchMs: number;
  private readonly maxAgeMs: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly url: string,
    private readonly options: JwksCacheOptions = {},
  ) {
    this.minRefetchMs = options.minRefetchMs ?? DEFAULT_MIN_REFETCH_MS;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  /** The key for a token's `kid` and `alg`; undefined when the set has none (the token is then refused). */
  async key(kid: string | undefined, alg: JwksAlgorithm): Promise<KeyObject | undefined> {
    if (this.fetchedAt === 0 || Date.now() - this.fetchedAt > this.maxAgeMs) {
      await this.refresh();
    }
    let found = this.find(kid, alg);
    if (!found) {
      await this.refresh();
      found = this.find(kid, alg);
    }
    if (!found && this.fetchedAt === 0) {
      throw new HubError("SERVICE_UNAVAILABLE", "The hub cannot fetch its token signing keys right now; retry later.");
    }
    return found?.key;
  }

  /** Without a kid, a token is accepted only when one key of its algorithm is published. */
  private find(kid: string | undefined, alg: JwksAlgorithm): JwksKey | undefined {
    if (kid === undefined) {
      const candidates = this.keys.filter((key) => key.alg === alg);
      return candidates.length === 1 ? candidates[0] : undefined;
    }
    return this.keys.find((key) => key.kid === kid && key.alg === alg);
  }

  /** One fetch at a time (concurrent tokens with a new kid share it), and none within `minRefetchMs` of the last. */
  private refresh(): Promise<void> {
    if (this.inFlight) {
      return this.inFlight;
    }
    if (Date.now() - this.attemptedAt < this.minRefetchMs) {
      return Promise.resolve();
    }
    this.attemptedAt = Date.now();
    this.fetches += 1;
    this.inFlight = this.load()
      .then((keys) => {
        this.keys = keys;
        this.fetchedAt = Date.now();
      })
      .catch((error: Error) => {
        this.options.log?.warn({ url: this.url, error: error.message }, "Could not fetch the JWKS; keeping the keys already known");
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private async load(): Promise<JwksKey[]> {
    const response = await fetch(this.url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(this.timeoutMs) });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    return importJwks(await response.json());
  }
}
