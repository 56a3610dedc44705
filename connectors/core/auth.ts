import { createHmac, timingSafeEqual } from "node:crypto";
import { Webhook, WebhookVerificationError as LibraryError } from "standardwebhooks";
import type { VerifyInput } from "./connector";
import { WebhookVerificationError } from "./errors";

const equal = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

function requireSecrets(input: VerifyInput): void {
  if (input.secrets.length === 0) {
    throw new WebhookVerificationError("This connector is not configured for the tenant: configureConnector first.");
  }
}

/**
 * Standard Webhooks: HMAC-SHA256 over `id.timestamp.body`, timestamp within 5 minutes
 * either way; any of the tenant's secrets may match (rotation). Returns the webhook-id.
 */
export function verifyStandardWebhook(input: VerifyInput): string {
  requireSecrets(input);
  const id = input.headers["webhook-id"];
  const timestamp = input.headers["webhook-timestamp"];
  const signature = input.headers["webhook-signature"];
  if (!id || !timestamp || !signature) {
    throw new WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header.");
  }
  let reason = "No secret matches the webhook-signature.";
  for (const secret of input.secrets) {
    try {
      new Webhook(secret).verify(input.rawBody, { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": signature });
      return id;
    } catch (error) {
      if (error instanceof LibraryError && /timestamp/i.test(error.message)) {
        reason = `The webhook-timestamp is outside the 5-minute tolerance (${error.message}).`;
        break;
      }
    }
  }
  throw new WebhookVerificationError(reason);
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
  if (!input.secrets.some((secret) => equal(secret, presented as string))) {
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
  const matches = input.secrets.some((secret) => equal(createHmac("sha256", secret).update(input.rawBody).digest("base64"), given));
  if (!matches) {
    throw new WebhookVerificationError(`${header} does not match the body with any of the connector's secrets.`);
  }
}
