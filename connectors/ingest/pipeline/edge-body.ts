import type { IncomingMessage } from "node:http";
import { encodingProblem, mediaTypeProblem, sizeProblem, type EdgeLimits } from "../../core/edge";

/** The body as received, or why it was refused before the connector saw it. */
export type EdgeRead = { ok: true; body: Buffer } | { ok: false; status: 400 | 413 | 415; error: string };

/**
 * What can be refused from the headers alone, before a byte of the body is read: a media type
 * the connector cannot read (415), a compressed body (415), a declared length over its limit (413).
 */
export function refusalByHeaders(limits: EdgeLimits, headers: IncomingMessage["headers"]): Extract<EdgeRead, { ok: false }> | undefined {
  const media = mediaTypeProblem(limits, headers["content-type"]) ?? encodingProblem(headers["content-encoding"]);
  if (media) {
    return { ok: false, status: 415, error: media };
  }
  const declared = headers["content-length"] === undefined ? undefined : Number(headers["content-length"]);
  const size = declared === undefined || !Number.isFinite(declared) ? undefined : sizeProblem(limits, declared, true);
  return size ? { ok: false, status: 413, error: size } : undefined;
}

/**
 * Reads a delivery's body within the connector's limits. A chunked body (no Content-Length)
 * is counted as it streams, and buffering stops at the first byte over the limit: an over-size
 * delivery never sits in memory whole. The caller answers, then discards the rest (discardRest).
 */
export function readEdgeBody(req: IncomingMessage, limits: EdgeLimits): Promise<EdgeRead> {
  const early = refusalByHeaders(limits, req.headers);
  if (early) {
    return Promise.resolve(early);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const settle = (read: EdgeRead) => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onBroken);
      req.off("close", onBroken);
      chunks.length = 0;
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > limits.maxBodyBytes) {
        settle({ ok: false, status: 413, error: sizeProblem(limits, length, false) as string });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => settle({ ok: true, body: Buffer.concat(chunks, length) });
    // A sender that goes away mid-body gets no answer; this one is for the log, not a server error.
    const onBroken = () => settle({ ok: false, status: 400, error: "The connection closed before the body was complete." });
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
 * reset, which can destroy the 413 before the sender (or the front door's proxy) reads it; a
 * sender that goes on past DISCARD_LIMIT_BYTES is cut off all the same.
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
