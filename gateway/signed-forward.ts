import type { IncomingMessage, ServerResponse } from "node:http";
import { identityToHeaders, type Identity } from "../lib/auth/identity";
import { signedRestHeaders } from "../lib/auth/upstream-signature";
import { restBodyLimit } from "../lib/federation/rest-body-limits";
import { discardRest, readBoundedBody } from "../lib/http/bounded-body";

/** Methods whose body is forwarded (and signed); any other request goes on without one. */
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

type BodyRead = { ok: true; body: Buffer } | { ok: false; status: 400 | 413; error: string };

const tooLarge = (maxBytes: number, route: string, what: string): BodyRead => ({
  ok: false,
  status: 413,
  error: `The body ${what}: the ${route} takes at most ${maxBytes} bytes.`,
});

/**
 * Reads a request body to forward it, up to `maxBytes`: refused from its Content-Length before
 * a byte is read, or as soon as the count passes the limit, so an over-size body never sits
 * in memory whole.
 */
async function readBody(req: IncomingMessage, maxBytes: number, route: string): Promise<BodyRead> {
  const declared = Number(req.headers["content-length"]);
  if (req.headers["content-length"] !== undefined && Number.isFinite(declared) && declared > maxBytes) {
    return tooLarge(maxBytes, route, `declares ${declared} bytes and was refused before it was read`);
  }
  const read = await readBoundedBody(req, maxBytes);
  if (read.ok) {
    return read;
  }
  return read.reason === "too-large"
    ? tooLarge(maxBytes, route, `went past ${maxBytes} bytes, where reading stopped`)
    : { ok: false, status: 400, error: "The connection closed before the body was complete." };
}

/** Answers a refused body, then drops the rest as it arrives (a reset could destroy the answer before it is read). */
function refuseBody(req: IncomingMessage, res: ServerResponse, read: Extract<BodyRead, { ok: false }>): void {
  res.writeHead(read.status, { "content-type": "application/json", connection: "close" }).end(JSON.stringify({ error: read.error, status: read.status }));
  discardRest(req);
}

/**
 * Forwards a REST request to a service with the identity signed, and the body too: the
 * signature covers the SHA-256 of the body, so the body is read first (within its route's
 * limit, lib/federation/rest-body-limits.ts) and sent whole. `send` does the sending.
 * `url` is the path and query exactly as `send` will send them (gateway/request-target.ts):
 * the service checks the signature over what it receives, so signing anything else fails.
 */
export function forwardSigned(
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
  secret: string,
  identity: Identity,
  send: (headers: Record<string, string>, body: Buffer) => void,
): void {
  const method = (req.method ?? "GET").toUpperCase();
  const sign = (body: Buffer) => signedRestHeaders(secret, method, url, identityToHeaders(identity), body);
  if (!BODY_METHODS.has(method)) {
    const none = Buffer.alloc(0);
    send(sign(none), none);
    return;
  }
  const { maxBytes, route } = restBodyLimit(url.split("?")[0]);
  void readBody(req, maxBytes, route).then((read) => (read.ok ? send(sign(read.body), read.body) : refuseBody(req, res, read)));
}
