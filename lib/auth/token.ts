import { createSecretKey, type KeyObject } from "node:crypto";
import jwt from "jsonwebtoken";
import type { Identity } from "./identity";

/** A prebuilt key: verifying with a KeyObject is far cheaper than with a string secret. */
export const hs256Key = (secret: string): KeyObject => createSecretKey(Buffer.from(secret, "utf8"));

export interface SignTokenOptions {
  /** Lifetime as a jsonwebtoken span ("12h", "30d") or seconds. @default "12h" */
  expiresIn?: string | number;
}

export function signToken(secret: string, identity: Identity, options: SignTokenOptions = {}): string {
  return jwt.sign({ tenant: identity.tenant, roles: identity.roles }, hs256Key(secret), {
    algorithm: "HS256",
    subject: identity.sub,
    expiresIn: (options.expiresIn ?? "12h") as jwt.SignOptions["expiresIn"],
  });
}

/** Verifies signature, algorithm and expiry; returns the raw claims. */
export function verifyToken(key: KeyObject, token: string): jwt.JwtPayload {
  const payload = jwt.verify(token, key, { algorithms: ["HS256"] });
  if (typeof payload === "string") {
    throw new jwt.JsonWebTokenError("token payload must be a JSON object");
  }
  return payload;
}
