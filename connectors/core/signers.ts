import { createHmac } from "node:crypto";

/**
 * How senders sign deliveries, for tests, benchmarks and the docs' examples: each returns
 * the headers a real sender would add to the raw body.
 */
export const basicAuth = (secret: string, user = "sap"): Record<string, string> => ({
  authorization: `Basic ${Buffer.from(`${user}:${secret}`).toString("base64")}`,
});

export const bearer = (secret: string): Record<string, string> => ({ authorization: `Bearer ${secret}` });

/** Signs the raw bytes as the spec says (the standardwebhooks package would sign them decoded as UTF-8). */
export function standardWebhookHeaders(secret: string, id: string, body: string | Buffer, at = new Date()): Record<string, string> {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.`).update(body).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}

export const shipheroHeaders = (secret: string, body: string | Buffer, messageId?: string): Record<string, string> => ({
  "x-shiphero-hmac-sha256": createHmac("sha256", secret).update(body).digest("base64"),
  ...(messageId ? { "x-shiphero-message-id": messageId } : {}),
});
