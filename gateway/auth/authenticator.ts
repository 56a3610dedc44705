import { looksLikeApiKey } from "../../lib/auth/api-key";
import { identityFromClaims, type Identity } from "../../lib/auth/identity";
import { JwksCache } from "../../lib/auth/jwks";
import { TokenVerifier } from "../../lib/auth/token-verifier";
import type { HubConfig } from "../../lib/config/config";
import { HubError } from "../../lib/errors/hub-error";
import type { Logger } from "../../lib/log/logger";
import { ApiKeyDirectory } from "./api-key-directory";

/** Where a caller's credential was found: the Authorization header, X-API-Key, or graphql-ws connectionParams. */
export interface CredentialSources {
  authorization?: unknown;
  apiKey?: unknown;
}

/**
 * The credential a request carries, undefined for none (a public caller). A malformed header,
 * or both headers at once (which one would count?), is refused rather than ignored.
 */
export function credentialOf({ authorization, apiKey }: CredentialSources): string | undefined {
  const hasAuthorization = authorization !== undefined && authorization !== null;
  const hasApiKey = apiKey !== undefined && apiKey !== null;
  if (hasAuthorization && hasApiKey) {
    throw new HubError("UNAUTHENTICATED", "Send either Authorization or X-API-Key, not both.");
  }
  if (hasApiKey) {
    const key = String(apiKey).trim();
    if (!looksLikeApiKey(key)) {
      throw new HubError("UNAUTHENTICATED", "X-API-Key must hold an API key (shk_…); send JWTs as Authorization: Bearer <jwt>.");
    }
    return key;
  }
  if (!hasAuthorization) {
    return undefined;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(String(authorization).trim());
  if (!match) {
    throw new HubError("UNAUTHENTICATED", 'The Authorization header must be "Bearer <jwt>" or "Bearer <API key>".');
  }
  return match[1];
}

/** graphql-ws clients send `connectionParams.authorization: "Bearer …"` like the HTTP header, or `x-api-key`/`apiKey`. */
export function credentialOfConnectionParams(params: unknown): string | undefined {
  const values = (params && typeof params === "object" ? params : {}) as Record<string, unknown>;
  return credentialOf({ authorization: values.authorization, apiKey: values["x-api-key"] ?? values.apiKey });
}

/** 401 for a refused credential; 503 (SERVICE_UNAVAILABLE) when the hub cannot check it now (JWKS or ingest unreachable). */
export const authStatus = (error: HubError): number => error.httpStatus;

/**
 * Who a credential belongs to, decided once for the whole hub: the front door (REST routes,
 * WebSocket connections) and the gateway (every GraphQL operation) ask the same instance, so
 * they share the JWKS and API key caches and can never disagree.
 */
export class Authenticator {
  constructor(
    private readonly tokens: TokenVerifier,
    private readonly apiKeys: ApiKeyDirectory,
  ) {}

  /** The identity behind a JWT or an API key; a HubError (see authStatus) when it is refused. */
  async authenticate(credential: string): Promise<Identity> {
    if (looksLikeApiKey(credential)) {
      return this.apiKeys.identityOf(credential);
    }
    return identityFromClaims(await this.tokens.verify(credential));
  }
}

/** The hub's one Authenticator, from its configuration; `ingestUrl` is read at each key lookup. */
export function createAuthenticator(config: Pick<HubConfig, "tokens" | "jwtSecret" | "upstreamSecret">, ingestUrl: () => string, log: Logger): Authenticator {
  const { tokens } = config;
  const verifier = new TokenVerifier({
    hs256Secret: tokens.acceptHs256 ? config.jwtSecret : undefined,
    jwks: tokens.jwksUrl ? new JwksCache(tokens.jwksUrl, { log: log.child("[jwks] ") }) : undefined,
    issuer: tokens.issuer,
    audience: tokens.audience,
    clockSkewSeconds: tokens.clockSkewSeconds,
  });
  const apiKeys = new ApiKeyDirectory({ ingestUrl, upstreamSecret: config.upstreamSecret, log: log.child("[api-keys] ") });
  return new Authenticator(verifier, apiKeys);
}
