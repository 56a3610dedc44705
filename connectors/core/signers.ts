import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";

/**
 * How senders sign deliveries, for tests, benchmarks and the docs' examples: each returns
 * the headers a real sender would add to the raw body.
 */
export const basicAuth = (secret: string, user = "sap"): Record<string, string> => ({
  authorization: `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`,
});

export const bearer = (secret: string): Record<string, string> => ({ authorization: `Bearer ${secret}` });

export function standardWebhookHeaders(secret: string, id: string, body: string | Buffer, at = new Date()): Record<string, string> {
  return {
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, at, body.toString()),
  };
}

export const shipheroHeaders = (secret: string, body: string | Buffer, messageId?: string): Record<string, string> => ({
  "x-shiphero-hmac-sha256": createHmac("sha256", secret).update(body).digest("base64"),
  ...(messageId ? { "x-shiphero-message-id": messageId } : {}),
});
