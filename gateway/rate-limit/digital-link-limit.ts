import type { IncomingMessage, ServerResponse } from "node:http";
import type { Identity } from "../../lib/auth/identity";
import type { Logger } from "../../lib/log/logger";
import { chooseRepresentation } from "../../subgraphs/serials/digital-link/negotiate";
import { renderTooManyChecksPage } from "../../web/pages/verify-page";
import { VERIFY_CSS_HASH } from "../../web/pages/verify-style";
import type { CodeCheckLimiter, CodeCheckVerdict } from "./code-check-limiter";

/** The GS1 Digital Link resolver's paths: every request under them (page, JSON, linkset, report) costs one check. */
export const DIGITAL_LINK_PATH = /^\/01\//;

const PAGE_CSP = `default-src 'none'; style-src ${VERIFY_CSS_HASH}; base-uri 'none'; frame-ancestors 'none'`;

/** 429 in the representation the resolver would have answered in: a page for people, JSON for programs. */
function refuse(req: IncomingMessage, res: ServerResponse, verdict: CodeCheckVerdict): void {
  const retryAfter = String(verdict.retryAfterSeconds);
  const linkType = new URL(req.url ?? "/", "http://door.invalid").searchParams.get("linkType") ?? undefined;
  const headers = { "retry-after": retryAfter, "cache-control": "no-store", vary: "Accept" };
  if (chooseRepresentation(req.headers.accept, linkType).kind === "html") {
    res.writeHead(429, { ...headers, "content-type": "text/html; charset=utf-8", "content-security-policy": PAGE_CSP, "x-content-type-options": "nosniff" });
    res.end(req.method === "HEAD" ? undefined : renderTooManyChecksPage(verdict.retryAfterSeconds));
    return;
  }
  const body = {
    error: `Too many code checks from this client (budget ${verdict.budget}): retry in ${retryAfter} s.`,
    code: "RATE_LIMITED",
    retryAfter: verdict.retryAfterSeconds,
  };
  res.writeHead(429, { ...headers, "content-type": "application/json", "access-control-allow-origin": "*" });
  res.end(req.method === "HEAD" ? undefined : JSON.stringify(body));
}

/**
 * Charges a Digital Link request to the caller's code-check budget, then `forward`s it, or
 * answers 429 with Retry-After without asking serials. The request body (a report form)
 * waits unread meanwhile.
 */
export function limitDigitalLink(
  limiter: CodeCheckLimiter,
  identity: Identity,
  req: IncomingMessage,
  res: ServerResponse,
  log: Logger,
  forward: () => void,
): void {
  limiter.take(identity, 1).then(
    (verdict) => (verdict.allowed ? forward() : refuse(req, res, verdict)),
    (error: Error) => {
      log.error({ error: error.message }, "Rate limit check failed; forwarding the request");
      forward();
    },
  );
}
