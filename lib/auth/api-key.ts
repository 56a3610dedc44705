import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { ROLES, type Role } from "./identity";

/**
 * API keys for machine clients: `shk_<id>_<secret>`. The prefix makes a leaked key easy to
 * spot (secret scanners, logs); the id is the lookup key and may be shown; the secret is 32
 * random bytes, stored only as its SHA-256 (a salt or a slow hash adds nothing to 256 bits).
 */
export const API_KEY_PREFIX = "shk_";

const ID_HEX_LENGTH = 16;
const SECRET_BYTES = 32;
/** The id part of an API key: what it is listed, revoked and looked up by. */
export const API_KEY_ID = /^[0-9a-f]{16}$/;
const API_KEY_PATTERN = /^shk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** Roles a key may carry: every client role but `admin` (keys are for integrations, not for running a tenant). */
export const API_KEY_ROLES: readonly Role[] = ROLES.filter((role) => role !== "admin");

export interface ParsedApiKey {
  id: string;
  secret: string;
}

export interface NewApiKey extends ParsedApiKey {
  /** The whole key, as the client sends it: shown once, never stored. */
  key: string;
  secretHash: Buffer;
}

export const looksLikeApiKey = (credential: string): boolean => credential.startsWith(API_KEY_PREFIX);

export function parseApiKey(key: string): ParsedApiKey | undefined {
  const match = API_KEY_PATTERN.exec(key);
  return match ? { id: match[1], secret: match[2] } : undefined;
}

export const hashSecret = (secret: string): Buffer => createHash("sha256").update(secret, "utf8").digest();

/** Constant time in the secret, whatever the stored hash. */
export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const given = hashSecret(secret);
  return storedHash.length === given.length && timingSafeEqual(given, storedHash);
}

export function newApiKey(): NewApiKey {
  const id = randomBytes(ID_HEX_LENGTH / 2).toString("hex");
  const secret = randomBytes(SECRET_BYTES).toString("base64url");
  return { id, secret, key: `${API_KEY_PREFIX}${id}_${secret}`, secretHash: hashSecret(secret) };
}

/** What a listing shows of a key: enough to recognise it, nothing to use it. */
export const apiKeyHint = (id: string): string => `${API_KEY_PREFIX}${id}_…`;
