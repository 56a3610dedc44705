import { constantTimeEqual, requireSecrets } from "../core/auth";
import type { VerifyInput } from "../core/connector";
import { WebhookVerificationError } from "../core/errors";

/**
 * `Authorization: Bearer <secret>` where the secret is one of the tenant's (several are
 * active while one is rotated). Basic auth is refused: EPCIS partners are API clients, and
 * one scheme means one thing to get wrong.
 */
export function verifyBearer(input: VerifyInput): void {
  requireSecrets(input);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(input.headers.authorization ?? "");
  if (!match) {
    throw new WebhookVerificationError("Send Authorization: Bearer <secret> (the connector secret).");
  }
  if (!input.secrets.map((secret) => constantTimeEqual(match[1], secret)).includes(true)) {
    throw new WebhookVerificationError("The bearer token does not match any of the connector's secrets.");
  }
}
