/** How client tokens are judged (docs/security/tokens.md). */
export interface TokenConfig {
  /**
   * HS256 tokens signed with SERIALHUB_JWT_SECRET are accepted: always without a JWKS URL (the
   * embedded default), and beside it only when that secret was set explicitly, so a secret
   * generated into SERIALHUB_HOME never opens a production hub.
   */
  acceptHs256: boolean;
  /** Where the identity provider publishes its RS256/ES256 keys. */
  jwksUrl: string | undefined;
  /** Required `iss` of every token, when set; always set with a JWKS URL. */
  issuer: string | undefined;
  /** Accepted `aud` values (a token must name one), when set; always set with a JWKS URL. */
  audience: string[] | undefined;
  /** Leeway on `exp`/`nbf`. @default 30 */
  clockSkewSeconds: number;
}

type Env = Record<string, string | undefined>;

export const DEFAULT_CLOCK_SKEW = 30;
/** More leeway than this hides a broken clock and keeps stolen tokens alive. */
const MAX_CLOCK_SKEW = 300;

/** Plain http only outside production: whoever can change the key set in transit can mint tokens. */
function readJwksUrl(raw: string | undefined, production: boolean, problems: string[]): string | undefined {
  if (raw === undefined || raw === "") {
    return undefined;
  }
  try {
    const url = new URL(raw);
    if (url.protocol !== "https:" && (url.protocol !== "http:" || production)) {
      problems.push(`SERIALHUB_JWKS_URL must be an https:// URL, got protocol "${url.protocol}"`);
    }
  } catch {
    problems.push("SERIALHUB_JWKS_URL is not a valid URL");
  }
  return raw;
}

export function readTokenConfig(env: Env, problems: string[]): TokenConfig {
  const jwksUrl = readJwksUrl(env.SERIALHUB_JWKS_URL, env.NODE_ENV === "production", problems);
  const skewRaw = env.SERIALHUB_JWT_CLOCK_SKEW;
  let clockSkewSeconds = DEFAULT_CLOCK_SKEW;
  if (skewRaw !== undefined && skewRaw !== "") {
    const value = Number(skewRaw);
    if (!Number.isInteger(value) || value < 0 || value > MAX_CLOCK_SKEW) {
      problems.push(`SERIALHUB_JWT_CLOCK_SKEW must be a whole number of seconds from 0 to ${MAX_CLOCK_SKEW}, got "${skewRaw}"`);
    } else {
      clockSkewSeconds = value;
    }
  }
  const audience = (env.SERIALHUB_JWT_AUDIENCE ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter((value) => value !== "");
  const issuer = env.SERIALHUB_JWT_ISSUER || undefined;
  // An identity provider signs tokens for every application it serves with the same keys:
  // without iss and aud checks, a token minted for another application would open this hub.
  const missing = [issuer ? undefined : "SERIALHUB_JWT_ISSUER", audience.length > 0 ? undefined : "SERIALHUB_JWT_AUDIENCE"].filter((name) => name !== undefined);
  if (env.SERIALHUB_JWKS_URL && missing.length > 0) {
    problems.push(`SERIALHUB_JWKS_URL needs ${missing.join(" and ")} too: without them, tokens the identity provider issues for other applications would be accepted`);
  }
  return {
    acceptHs256: jwksUrl === undefined || Boolean(env.SERIALHUB_JWT_SECRET),
    jwksUrl,
    issuer,
    audience: audience.length > 0 ? audience : undefined,
    clockSkewSeconds,
  };
}
