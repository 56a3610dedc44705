import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { constantTimeEqual, verifyStandardWebhook } from "./auth";
import { WebhookVerificationError } from "./errors";
import { standardWebhookHeaders } from "./signers";

const SECRET = `whsec_${Buffer.alloc(32, 3).toString("base64")}`;
const NOW = Date.parse("2025-03-14T10:00:00Z");
const body = Buffer.from('{"type":"order.shipped","data":{}}');
const verify = (headers: Record<string, string>, rawBody = body, now = NOW) => verifyStandardWebhook({ rawBody, headers, secrets: [SECRET] }, now);
const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      return error.message;
    }
    throw error;
  }
  throw new Error("expected a WebhookVerificationError");
};

describe("verifyStandardWebhook", () => {
  it("accepts what the standardwebhooks package signs, and returns the signed webhook-id", () => {
    const at = new Date(NOW - 60_000);
    const signature = new Webhook(SECRET).sign("msg_1", at, body.toString());
    expect(verify({ "webhook-id": "msg_1", "webhook-timestamp": String(at.getTime() / 1000), "webhook-signature": signature })).toBe("msg_1");
  });

  it("signs the raw bytes: bodies that differ only in invalid UTF-8 do not share a signature", () => {
    const first = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]);
    const second = Buffer.from(first);
    second[6] = 0xfe;
    expect(first.toString("utf8")).toBe(second.toString("utf8"));
    const headers = standardWebhookHeaders(SECRET, "msg_2", first, new Date(NOW));
    expect(verify(headers, first)).toBe("msg_2");
    expect(refusal(() => verify(headers, second))).toMatch(/No secret matches/);
  });

  it("refuses timestamps more than 5 minutes off either way, saying by how much", () => {
    expect(refusal(() => verify(standardWebhookHeaders(SECRET, "msg_3", body, new Date(NOW - 301_000))))).toMatch(/301 s old, outside the 5-minute tolerance/);
    expect(refusal(() => verify(standardWebhookHeaders(SECRET, "msg_3", body, new Date(NOW + 600_000))))).toMatch(/600 s in the future/);
    expect(verify(standardWebhookHeaders(SECRET, "msg_3", body, new Date(NOW - 299_000)))).toBe("msg_3");
  });

  it("refuses a timestamp that is not whole seconds, and a header without a v1 signature", () => {
    const headers = standardWebhookHeaders(SECRET, "msg_4", body, new Date(NOW));
    expect(refusal(() => verify({ ...headers, "webhook-timestamp": `${headers["webhook-timestamp"]}abc` }))).toMatch(/not whole seconds/);
    expect(refusal(() => verify({ ...headers, "webhook-signature": headers["webhook-signature"].replace("v1,", "v2,") }))).toMatch(/no "v1,<base64>"/);
  });

  it("takes any of several signatures in the header, and refuses a signature of another id", () => {
    const headers = standardWebhookHeaders(SECRET, "msg_5", body, new Date(NOW));
    const other = createHmac("sha256", "x").update("y").digest("base64");
    expect(verify({ ...headers, "webhook-signature": `v1,${other} ${headers["webhook-signature"]}` })).toBe("msg_5");
    expect(refusal(() => verify({ ...headers, "webhook-id": "msg_6" }))).toMatch(/No secret matches/);
  });
});

describe("constantTimeEqual", () => {
  it("compares values of any length, the same or not", () => {
    expect(constantTimeEqual("secret-value", "secret-value")).toBe(true);
    expect(constantTimeEqual("secret-value", "secret-valuf")).toBe(false);
    expect(constantTimeEqual("short", "a much longer secret value")).toBe(false);
    expect(constantTimeEqual("", "x")).toBe(false);
  });
});
