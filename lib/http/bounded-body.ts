import type { IncomingMessage } from "node:http";

/** A body read to its end, or why reading stopped: past the limit (with the count so far), or the sender went away. */
export type BoundedRead = { ok: true; body: Buffer } | { ok: false; reason: "too-large"; length: number } | { ok: false; reason: "broken" };

/**
 * Reads a request body up to `maxBytes`. A chunked body is counted as it streams and buffering
 * stops at the first byte over the limit, so an over-size body never sits in memory whole; the
 * caller answers, then calls discardRest. (A declared Content-Length is the caller's to check
 * first, with its own message.)
 */
export function readBoundedBody(req: IncomingMessage, maxBytes: number): Promise<BoundedRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const settle = (read: BoundedRead) => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onBroken);
      req.off("close", onBroken);
      req.pause();
      chunks.length = 0;
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        settle({ ok: false, reason: "too-large", length });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => settle({ ok: true, body: Buffer.concat(chunks, length) });
    const onBroken = () => settle({ ok: false, reason: "broken" });
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onBroken);
    req.on("close", onBroken);
  });
}

/** Past this much of a refused body, the connection is cut instead of read to its end. */
export const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * After a refusal sent before the body was read to its end: the rest is read and dropped as it
 * arrives, never kept. Closing at once would make the kernel answer the unread bytes with a
 * reset, which can destroy the refusal before the sender (or the front door's proxy) reads it;
 * a sender that goes on past DISCARD_LIMIT_BYTES is cut off all the same.
 */
export function discardRest(req: IncomingMessage): void {
  let discarded = 0;
  req.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) {
      req.socket.destroy();
    }
  });
  req.on("error", () => undefined);
  req.resume();
}
