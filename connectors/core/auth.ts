import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { VerifyInput } from "./connector";
import { WebhookVerificationError } from "./errors";

const digest = (value: string | Buffer): Buffer => createHash("sha256").update(value).digest();

/**
 * Constant-time comparison of a presented credential with the expected one. Both sides are
 * hashed first, so the comparison takes as long whatever the inputs and their lengths: neither
 * the length of a secret nor the position of the first wrong byte shows in the timing.
 */
export const constantTimeEqual = (presented: string | Buffer, expected: string | Buffer): boolean => timingSafeEqual(digest(presented), digest(expected));

export function requireSecrets(input: VerifyInput): void {
  if (input.secrets.length === 0) {
    throw new WebhookVerificationError("This connector is not configured for the tenant: configureConnector first.");
  }
}

/** Standard Webhooks' tolerance: a signed timestamp further off than this, either way, is refused. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

/** The HMAC key of a Standard Webhooks secret: base64 after the `whsec_` prefix. */
const standardWebhookKey = (secret: string): Buffer => Buffer.from(secret.replace(/^whsec_/, ""), "base64");

function checkTimestamp(timestamp: string, now: number): void {
  if (!/^\d{1,12}$/.test(timestamp)) {
    throw new WebhookVerificationError(`webhook-timestamp "${timestamp.slice(0, 40)}" is not whole seconds since 1970.`);
  }
  const age = Math.floor(now / 1000) - Number(timestamp);
  if (Math.abs(age) > TIMESTAMP_TOLERANCE_SECONDS) {
    const off = age > 0 ? `${age} s old` : `${-age} s in the future`;
    throw new WebhookVerificationError(`The webhook-timestamp is ${off}, outside the 5-minute tolerance: a stale delivery could be a replay. Check the sender's clock.`);
  }
}

/**
 * Standard Webhooks: HMAC-SHA256 over `id.timestamp.` and the raw body bytes, timestamp within
 * 5 minutes either way, any `v1,` signature of the header matching any of the tenant's secrets
 * (rotation). Verified here rather than by the standardwebhooks package, which signs the body
 * decoded as UTF-8 (two bodies differing in invalid bytes would share a signature) and parses
 * it as JSON while verifying. Returns the webhook-id, which the signature covers: a replay
 * with a fresh timestamp still carries it and is stored once.
 */
export function verifyStandardWebhook(input: VerifyInput, now = Date.now()): string {
  requireSecrets(input);
  const id = input.headers["webhook-id"]?.trim();
  const timestamp = input.headers["webhook-timestamp"]?.trim();
  const signature = input.headers["webhook-signature"];
  if (!id || !timestamp || !signature) {
    throw new WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header.");
  }
  checkTimestamp(timestamp, now);
  const presented = signature
    .split(" ")
    .map((entry) => entry.split(","))
    .filter(([version, value]) => version === "v1" && value)
    .map(([, value]) => value);
  if (presented.length === 0) {
    throw new WebhookVerificationError('webhook-signature holds no "v1,<base64>" signature.');
  }
  const signed = Buffer.concat([Buffer.from(`${id}.${Number(timestamp)}.`), input.rawBody]);
  for (const secret of input.secrets) {
    const expected = createHmac("sha256", standardWebhookKey(secret)).update(signed).digest("base64");
    // Every candidate is compared, so the time taken does not tell which one matched.
    if (presented.map((value) => constantTimeEqual(value, expected)).includes(true)) {
      return id;
    }
  }
  throw new WebhookVerificationError("No secret matches the webhook-signature.");
}

/** Shared secrets (passwords, bearer tokens, HMAC keys) shorter than this are guessable. */
export const MIN_SECRET_LENGTH = 16;

export const sharedSecretProblem = (secret: string): string | undefined =>
  secret.length < MIN_SECRET_LENGTH ? `is too short: use at least ${MIN_SECRET_LENGTH} random characters` : undefined;

/** Standard Webhooks secrets are `whsec_` and base64 of 24 to 64 random bytes. */
export function standardWebhookSecretProblem(secret: string): string | undefined {
  const encoded = secret.replace(/^whsec_/, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
    return 'is not a Standard Webhooks secret ("whsec_" and base64)';
  }
  const bytes = Buffer.from(encoded, "base64").length;
  return bytes < 24 || bytes > 64 ? `decodes to ${bytes} bytes; Standard Webhooks secrets are 24 to 64 bytes` : undefined;
}

/** Basic auth whose password is a secret, or `Authorization: Bearer <secret>`. */
export function verifyBasicOrBearer(input: VerifyInput): void {
  requireSecrets(input);
  const authorization = input.headers.authorization ?? "";
  let presented: string | undefined;
  if (/^Bearer\s+/i.test(authorization)) {
    presented = authorization.replace(/^Bearer\s+/i, "").trim();
  } else if (/^Basic\s+/i.test(authorization)) {
    const decoded = Buffer.from(authorization.replace(/^Basic\s+/i, ""), "base64").toString("utf8");
    presented = decoded.includes(":") ? decoded.slice(decoded.indexOf(":") + 1) : undefined;
  }
  if (!presented) {
    throw new WebhookVerificationError("Send Authorization: Basic (password = the connector secret) or Bearer <secret>.");
  }
  if (!input.secrets.map((secret) => constantTimeEqual(presented as string, secret)).includes(true)) {
    throw new WebhookVerificationError("The credentials do not match any of the connector's secrets.");
  }
}

/** Base64 HMAC-SHA256 of the raw body in a header (ShipHero's scheme: no timestamp is signed). */
export function verifyBodyHmac(input: VerifyInput, header: string): void {
  requireSecrets(input);
  const given = input.headers[header];
  if (!given) {
    throw new WebhookVerificationError(`Missing ${header} header.`);
  }
  const matches = input.secrets.map((secret) => constantTimeEqual(given.trim(), createHmac("sha256", secret).update(input.rawBody).digest("base64"))).includes(true);
  if (!matches) {
    throw new WebhookVerificationError(`${header} does not match the body with any of the connector's secrets.`);
  }
}
