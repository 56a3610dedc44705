import { timingSafeEqual } from "node:crypto";
import type { VerifyInput } from "../core/connector";
import { WebhookVerificationError } from "../core/errors";

const equal = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * `Authorization: Bearer <secret>` where the secret is one of the tenant's (several are
 * active while one is rotated). Basic auth is refused: EPCIS partners are API clients, and
 * one scheme means one thing to get wrong.
 */
export function verifyBearer(input: VerifyInput): void {
  if (input.secrets.length === 0) {
    throw new WebhookVerificationError("This connector is not configured for the tenant: configureConnector first.");
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(input.headers.authorization ?? "");
  if (!match) {
    throw new WebhookVerificationError("Send Authorization: Bearer <secret> (the connector secret).");
  }
  if (!input.secrets.some((secret) => equal(secret, match[1]))) {
    throw new WebhookVerificationError("The bearer token does not match any of the connector's secrets.");
  }
}
