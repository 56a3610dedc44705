import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../lib/log/logger";
import { REQUEST_ID_HEADER, requestIdOf } from "../lib/log/request-id";
import { opsMetrics, type RouteClass } from "../lib/metrics/ops-metrics";
import { isStaticPath } from "../web/server/static-files";

const REST_PREFIXES = ["/01/", "/jobs/", "/labels/", "/recalls/", "/.well-known/"];

/** The metric label of a path: a few classes, never the path (serials and GTINs stay out of metrics). */
export function routeClassOf(path: string): RouteClass {
  if (path === "/graphql") {
    return "graphql";
  }
  if (path.startsWith("/webhooks/")) {
    return "webhooks";
  }
  if (path.startsWith("/epcis/")) {
    return "epcis";
  }
  if (path === "/healthz" || path === "/readyz") {
    return "health";
  }
  if (path === "/metrics") {
    return "metrics";
  }
  if (isStaticPath(path)) {
    return "static";
  }
  return REST_PREFIXES.some((prefix) => path.startsWith(prefix)) ? "rest" : "other";
}

/**
 * Gives a front-door request its id — the caller's `x-request-id` when sane, else a new
 * one — in the request (the gateway and the services read it from there; the gateway logs
 * with it and passes it to subgraphs), in the response, and in one access line when the
 * response ends; and counts it for /metrics. Returns the id.
 */
export function observeRequest(req: IncomingMessage, res: ServerResponse, path: string, log: Logger): string {
  const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
  req.headers[REQUEST_ID_HEADER] = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  const route = routeClassOf(path);
  const started = process.hrtime.bigint();
  const done = opsMetrics().startRequest(route);
  res.once("close", () => {
    // A response cut before it was sent (the client went away) counts as 499, as proxies count it.
    const status = res.writableFinished ? res.statusCode : 499;
    done(status);
    const line = { requestId, method: req.method, route, path, status, ms: Number((process.hrtime.bigint() - started) / 1_000_000n) };
    if (status >= 500) {
      log.warn(line, "Request failed");
    } else {
      log.debug(line, "Request");
    }
  });
  return requestId;
}
