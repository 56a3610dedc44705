import { createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";
import type { Identity } from "./identity";

/** A prebuilt key: verifying with a KeyObject is far cheaper than with a string secret. */
export const hs256Key = (secret: string): KeyObject => createSecretKey(Buffer.from(secret, "utf8"));

export interface SignTokenOptions {
  /** Lifetime as a jsonwebtoken span ("12h", "30d") or seconds. @default "12h" */
  expiresIn?: string | number;
  /** `iss`, needed when the hub checks it (SERIALHUB_JWT_ISSUER). */
  issuer?: string;
  /** `aud`, needed when the hub checks it (SERIALHUB_JWT_AUDIENCE). */
  audience?: string;
}

/** An HS256 token, as the embedded default hands out (`npm run token`); TokenVerifier checks it. */
export function signToken(secret: string, identity: Identity, options: SignTokenOptions = {}): string {
  return jwt.sign({ tenant: identity.tenant, roles: identity.roles }, hs256Key(secret), {
    algorithm: "HS256",
    subject: identity.sub,
    expiresIn: (options.expiresIn ?? "12h") as jwt.SignOptions["expiresIn"],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  });
}

/** A token this hub accepts as HS256: its secret, and its issuer and audience when it checks them. */
export const signHubToken = (
  config: { jwtSecret: string; tokens: { issuer?: string; audience?: string[] } },
  identity: Identity,
  expiresIn?: string | number,
): string => signToken(config.jwtSecret, identity, { expiresIn, issuer: config.tokens.issuer, audience: config.tokens.audience?.[0] });
