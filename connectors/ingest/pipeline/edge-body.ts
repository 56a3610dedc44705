import type { IncomingMessage } from "node:http";
import { readBoundedBody } from "../../../lib/http/bounded-body";
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
export async function readEdgeBody(req: IncomingMessage, limits: EdgeLimits): Promise<EdgeRead> {
  const early = refusalByHeaders(limits, req.headers);
  if (early) {
    return early;
  }
  const read = await readBoundedBody(req, limits.maxBodyBytes);
  if (read.ok) {
    return read;
  }
  // A sender that goes away mid-body gets no answer; this one is for the log, not a server error.
  return read.reason === "too-large"
    ? { ok: false, status: 413, error: sizeProblem(limits, read.length, false) as string }
    : { ok: false, status: 400, error: "The connection closed before the body was complete." };
}
