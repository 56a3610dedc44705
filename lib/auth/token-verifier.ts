import type { KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";
import { HubError } from "../errors/hub-error";
import type { JwksCache } from "./jwks";
import { hs256Key } from "./token";

export interface TokenVerifierOptions {
  /** Accept HS256 tokens signed with this secret; unset refuses HS256. */
  hs256Secret?: string;
  /**
   * Accept RS256 and ES256 tokens signed with these keys; unset refuses them. The hub's
   * configuration (lib/config/token-config.ts) sets `issuer` and `audience` whenever it sets
   * this: the provider's keys sign other applications' tokens too.
   */
  jwks?: JwksCache;
  /** Required `iss` when set. */
  issuer?: string;
  /** When set, the token's `aud` must name one of these. */
  audience?: readonly string[];
  /** Leeway on `exp` and `nbf`, for clocks that disagree a little. @default 30 */
  clockSkewSeconds?: number;
}

export const DEFAULT_CLOCK_SKEW_SECONDS = 30;

const refuse = (message: string): HubError => new HubError("UNAUTHENTICATED", message);

/** Names an algorithm in a message only when it looks like one (the header is the caller's text). */
const algName = (alg: unknown): string => (typeof alg === "string" && /^[A-Za-z0-9]{1,12}$/.test(alg) ? ` ${alg}` : "");

/**
 * The one judge of client JWTs, used by the front door and the gateway alike. Each key is
 * pinned to one algorithm and the token's header only picks among them: an HS256 token is
 * checked with the HS256 secret and nothing else (so a token "signed" with the RSA public
 * key's text fails), `none` is refused outright, and RS256/ES256 keys come from the JWKS.
 * Refusals are HubErrors (UNAUTHENTICATED) whose message tells the client what to fix.
 */
export class TokenVerifier {
  private readonly hs256: KeyObject | undefined;
  private readonly skew: number;

  constructor(private readonly options: TokenVerifierOptions) {
    this.hs256 = options.hs256Secret ? hs256Key(options.hs256Secret) : undefined;
    this.skew = options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  }

  async verify(token: string): Promise<jwt.JwtPayload> {
    let decoded: jwt.Jwt | null = null;
    try {
      decoded = jwt.decode(token, { complete: true });
    } catch {
      decoded = null;
    }
    if (!decoded || typeof decoded.payload !== "object") {
      throw refuse("The token is not valid for this hub.");
    }
    const { alg, kid } = decoded.header;
    const key = await this.keyFor(alg, kid);
    let payload: jwt.JwtPayload;
    try {
      payload = jwt.verify(token, key, { algorithms: [alg as jwt.Algorithm], clockTolerance: this.skew }) as jwt.JwtPayload;
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) {
        throw refuse("The token has expired: get a new one.");
      }
      if (error instanceof jwt.NotBeforeError) {
        throw refuse("The token is not valid yet (nbf): check the issuer's clock.");
      }
      throw refuse("The token is not valid for this hub.");
    }
    this.checkClaims(payload);
    return payload;
  }

  private async keyFor(alg: string, kid: string | undefined): Promise<KeyObject> {
    if (alg === "none" || !alg) {
      throw refuse("Unsigned tokens are refused.");
    }
    if (alg === "HS256" && this.hs256) {
      return this.hs256;
    }
    if ((alg === "RS256" || alg === "ES256") && this.options.jwks) {
      const key = await this.options.jwks.key(typeof kid === "string" ? kid : undefined, alg);
      if (!key) {
        throw refuse("The token is signed with a key this hub does not know (kid).");
      }
      return key;
    }
    throw refuse(`The token's algorithm${algName(alg)} is not accepted by this hub.`);
  }

  private checkClaims(payload: jwt.JwtPayload): void {
    if (typeof payload.exp !== "number") {
      throw refuse("The token has no expiry (exp): the hub accepts only tokens that expire.");
    }
    if (this.options.issuer !== undefined && payload.iss !== this.options.issuer) {
      throw refuse("The token's issuer (iss) is not the one this hub trusts.");
    }
    const audience = this.options.audience;
    if (audience && audience.length > 0) {
      const given = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (!given.some((aud) => typeof aud === "string" && audience.includes(aud))) {
        throw refuse("The token is not meant for this hub (aud).");
      }
    }
  }
}
