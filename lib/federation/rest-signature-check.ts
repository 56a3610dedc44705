import type { IncomingMessage } from "node:http";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { identityFromHeaders } from "../auth/identity";
import { BODY_DIGEST_HEADER, bodyDigest, REST_SIGNATURE_HEADER, restSigningPayload, signatureProblem } from "../auth/upstream-signature";
import type { Logger } from "../log/logger";
import { forwardedRequestId, REQUEST_ID_HEADER } from "../log/request-id";
import { MAX_SIGNED_BODY_BYTES } from "./rest-body-limits";

/**
 * Reads the whole body (exactly its Content-Length) and puts it back in the request, so the
 * route reads it as if untouched, from whichever parser it uses. `unshift` runs in the same
 * tick as the last `read`, before the stream can emit "end". Undefined if the sender went away.
 */
function readAndRestore(req: IncomingMessage, length: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const settle = (body: Buffer | undefined) => {
      req.off("readable", onReadable);
      req.off("error", onBroken);
      req.off("close", onBroken);
      resolve(body);
    };
    const onReadable = () => {
      for (let chunk = req.read() as Buffer | null; chunk !== null; chunk = req.read() as Buffer | null) {
        chunks.push(chunk);
        received += chunk.length;
      }
      if (received >= length) {
        const body = Buffer.concat(chunks, received);
        req.unshift(body);
        settle(body);
      }
    };
    const onBroken = () => settle(undefined);
    req.on("readable", onReadable);
    req.on("error", onBroken);
    req.on("close", onBroken);
  });
}

/**
 * Lets a REST request through only as the front door signed it: HMAC over method, URL,
 * identity, signing time and body digest; signed within SIGNATURE_WINDOW_MS; and a body whose
 * SHA-256 is the signed digest, checked on the bytes received before the route reads any.
 */
export function requireRestSignature(secret: string, log: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const headers = req.headers;
    const refuse = (status: 401 | 413, problem: string) => {
      log.warn({ requestId: forwardedRequestId(headers[REQUEST_ID_HEADER]), method: req.method, path: req.path, problem }, "Refused a REST request's upstream signature");
      res.status(status).json({ error: problem });
    };
    const problem = signatureProblem(secret, restSigningPayload(req.method, req.originalUrl, headers), headers[REST_SIGNATURE_HEADER], headers);
    if (problem) {
      refuse(401, problem);
      return;
    }
    // The front door sends every body it signs whole, with its length: a chunked one is not its.
    if (headers["transfer-encoding"] !== undefined) {
      refuse(401, "A signed request's body must come with Content-Length, as the front door sends it.");
      return;
    }
    const length = Number(headers["content-length"] ?? 0);
    if (!Number.isSafeInteger(length) || length < 0) {
      refuse(401, "A signed request's Content-Length is not a number of bytes.");
      return;
    }
    if (length > MAX_SIGNED_BODY_BYTES) {
      refuse(413, `The body declares ${length} bytes; no route here takes more than ${MAX_SIGNED_BODY_BYTES}.`);
      return;
    }
    const identity = identityFromHeaders(headers);
    const check = (body: Buffer | undefined) => {
      if (body === undefined) {
        return; // The sender went away: nobody to answer.
      }
      if (bodyDigest(body) !== headers[BODY_DIGEST_HEADER]) {
        refuse(401, `The body does not match the signed digest (${BODY_DIGEST_HEADER}): it was changed after signing.`);
        return;
      }
      res.locals.identity = identity;
      next();
    };
    if (length === 0) {
      check(Buffer.alloc(0));
      return;
    }
    readAndRestore(req, length).then(check, next);
  };
}
