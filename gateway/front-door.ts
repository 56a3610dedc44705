import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getGraphQLWSOptions, type GatewayRuntime } from "@graphql-hive/gateway-runtime";
import { normalizeNodeRequest } from "@whatwg-node/server";
import { useServer, type Extra } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import type { Identity } from "../lib/auth/identity";
import { REST_SIGNATURE_HEADER } from "../lib/auth/upstream-signature";
import type { ServiceName } from "../lib/config/config";
import type { RunningServer } from "../lib/federation/subgraph-server";
import { GRAPHQL_PATH } from "../lib/federation/subgraph-server";
import { closeHttpServer } from "../lib/federation/close-http-server";
import { WsConnections } from "../lib/federation/ws-connections";
import { HubError } from "../lib/errors/hub-error";
import { authStatus, credentialOf, credentialOfConnectionParams, type Authenticator } from "./auth/authenticator";
import { publicIdentity, rememberIdentity } from "./plugins/use-authentication";
import type { Logger } from "../lib/log/logger";
import { REQUEST_ID_HEADER } from "../lib/log/request-id";
import { isStaticPath, serveStatic } from "../web/server/static-files";
import { opsMetrics } from "../lib/metrics/ops-metrics";
import { serveOpsMetrics } from "../lib/metrics/serve-metrics";
import { Readiness } from "./readiness";
import { observeRequest } from "./request-observer";
import { requestTarget } from "./request-target";
import { forwardSigned } from "./signed-forward";
import type { CodeCheckLimiter } from "./rate-limit/code-check-limiter";
import { DIGITAL_LINK_PATH, limitDigitalLink } from "./rate-limit/digital-link-limit";

export interface FrontDoorOptions {
  gateway: GatewayRuntime;
  /** Judges JWTs and API keys; the gateway uses the same instance. */
  authenticator: Authenticator;
  /** Signs the identity on REST requests forwarded to services. */
  upstreamSecret: string;
  /** Base URLs of the services behind the door, for /healthz and the ingest routes. */
  services: Record<ServiceName, string>;
  log: Logger;
  /** Code-check budgets (docs/security/rate-limits.md), shared with the gateway. */
  codeChecks?: CodeCheckLimiter;
}

/**
 * Largest graphql-ws message a client may send: subscribe messages are a document within the
 * operation limits (SERIALHUB_MAX_TOKENS) and small variables, far below this; ws's own
 * default (100 MiB) would let one client make the hub buffer that much per message.
 */
export const WS_MAX_PAYLOAD_BYTES = 1024 * 1024;

/** Webhooks authenticate themselves (connector signatures over the raw body): passed through untouched. */
const WEBHOOK_ROUTES = /^\/webhooks\//;
/** Ingest paths for API-token callers: EPCIS capture (GS1 REST binding) and the pipeline's metrics. */
const INGEST_ROUTES = /^\/(epcis\/capture|metrics)(\/|\?|$)/;
/** Paths the serials service answers over REST: key set, exports, labels, Digital Link requests, EPCIS queries. */
const SERIALS_ROUTES = /^\/(\.well-known\/jwks\.json|jobs\/|labels\/|01\/|epcis\/events(\/|\?|$)|recalls\/[^/?]+\/affected\.csv)/;
/** Serial lists for recall scopes (CSV uploads) go to recalls, which owns recall definitions; affected units are exported by serials. */
const RECALLS_ROUTES = /^\/recalls\/serial-lists(\/|\?|$)/;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** The caller of an HTTP request: public without a credential, a HubError when its credential is refused. */
async function callerOf(authenticator: Authenticator, req: IncomingMessage): Promise<Identity> {
  const credential = credentialOf({ authorization: req.headers.authorization, apiKey: req.headers["x-api-key"] });
  // An anonymous caller is known by its address, as over GraphQL: enumeration and report limits count per client.
  return credential === undefined ? publicIdentity({ req }) : authenticator.authenticate(credential);
}

/** A request the door failed on unexpectedly: logged, 500 INTERNAL to the client, and the process goes on. */
function fail(res: ServerResponse, error: unknown, log: Logger, what: string): void {
  log.error({ requestId: res.req?.headers[REQUEST_ID_HEADER], error: (error as Error)?.stack ?? String(error) }, what);
  if (!res.headersSent) {
    json(res, 500, { errors: [{ message: "Internal error", extensions: { code: "INTERNAL" } }] });
  } else {
    res.destroy();
  }
}

/** A refused credential: 401 with the reason a client can act on, or 503 when the hub cannot check it now. */
function refuse(res: ServerResponse, error: unknown, log: Logger): void {
  if (!(error instanceof HubError)) {
    fail(res, error, log, "Authentication failed unexpectedly");
    return;
  }
  json(res, authStatus(error), { errors: [{ message: error.message, extensions: { code: error.code } }] });
}

/** Once the identity travels signed, the client's JWT or API key is of no use behind the door: it goes no further. */
const CREDENTIAL_HEADERS = new Set(["authorization", "x-api-key"]);

/** Framing headers of the client's body: a body read here is sent again whole, with its own length. */
const FRAMING_HEADERS = new Set(["content-length", "transfer-encoding", "expect"]);

/**
 * Streams a request to a service untouched (webhook signatures are over the raw bytes),
 * with `extra` headers; identity headers a client sent itself are dropped. A signed request
 * comes with its `body` already read (the signature covers its digest) and sends that.
 * `path` is the request's path and query as the door parsed it (request-target.ts): the
 * very text it routed on and signed.
 */
function proxy(req: IncomingMessage, res: ServerResponse, base: string, path: string, log: Logger, extra: Record<string, string> = {}, body?: Buffer): void {
  const target = new URL(path, base);
  const signed = REST_SIGNATURE_HEADER in extra;
  const headers = Object.fromEntries(
    Object.entries(req.headers).filter(
      ([name]) => !name.startsWith("x-serialhub-") && !(signed && CREDENTIAL_HEADERS.has(name)) && !(body && FRAMING_HEADERS.has(name)),
    ),
  );
  if (body) {
    headers["content-length"] = String(body.length);
  }
  let dropped = false;
  let upstream: ReturnType<typeof httpRequest>;
  try {
    upstream = httpRequest(target, { method: req.method, headers: { ...headers, ...extra } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      // Answered before the whole body was passed on (a refusal: 413, 415, 401): the rest of the body
      // is dropped here rather than forwarded, so the sender reads the answer instead of a reset.
      answer.on("end", () => {
        if (!req.complete) {
          dropped = true;
          req.unpipe(upstream);
          upstream.destroy();
          req.resume();
        }
      });
    });
  } catch (error) {
    // http.request refuses what cannot be sent (a header value it rejects): one request fails, not the hub.
    fail(res, error, log, "A request could not be sent on to a service");
    req.resume();
    return;
  }
  upstream.on("error", (error) => {
    if (dropped) {
      return;
    }
    log.error({ error: error.message, target: base }, "A service behind the front door is unreachable");
    if (!res.headersSent) {
      json(res, 502, { error: "The service behind this route is unavailable; retry later." });
    }
  });
  if (body) {
    upstream.end(body);
    // A body not forwarded (one sent with a GET) is drained, so the connection stays usable.
    req.resume();
    return;
  }
  req.pipe(upstream);
}

/**
 * The one public port: GraphQL (HTTP and graphql-ws) through the gateway, the webhook and
 * EPCIS capture routes passed to ingest, and /healthz for the whole hub.
 */
export function createFrontDoor(options: FrontDoorOptions) {
  const { gateway, log } = options;
  const readiness = new Readiness(options.services);

  const server = createServer((req, res) => {
    // Whatever goes wrong with one request is that request's 500, never the end of the process.
    try {
      handle(req, res);
    } catch (error) {
      fail(res, error, log, "A request failed unexpectedly at the front door");
    }
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const parsed = requestTarget(req.url);
    const path = parsed.ok ? parsed.path : (req.url ?? "/").split("?")[0];
    observeRequest(req, res, path, log);
    if (!parsed.ok) {
      json(res, 400, { errors: [{ message: parsed.problem, extensions: { code: "BAD_USER_INPUT" } }] });
      req.resume();
      return;
    }
    // From here on the parsed form only: routes, signatures, services and the gateway all read this text.
    const target = parsed.target;
    req.url = target;
    // A scraper without a token gets the hub's operational metrics; a token caller its tenant's ingest metrics (below).
    // Only the headers' presence is looked at here: a malformed credential is refused below, with its reason.
    if (path === "/metrics" && req.headers.authorization === undefined && req.headers["x-api-key"] === undefined) {
      serveOpsMetrics(res).catch((error: unknown) => fail(res, error, log, "Serving /metrics failed"));
      return;
    }
    if (path === "/healthz" || path === "/readyz") {
      readiness.report().then(
        ({ ok, status, services }) => json(res, ok ? 200 : 503, { status, services }),
        (error: unknown) => fail(res, error, log, "The readiness check failed"),
      );
      return;
    }
    if (WEBHOOK_ROUTES.test(target)) {
      proxy(req, res, options.services.ingest, target, log);
      return;
    }
    // The dashboard and its assets are public files; the data behind them needs a token.
    if (isStaticPath(path)) {
      serveStatic(req, res, path);
      return;
    }
    // Judged here, once, so a refused credential gets a precise reason and the UNAUTHENTICATED code.
    callerOf(options.authenticator, req)
      .then(
        (identity) => route(req, res, path, target, identity),
        (error: unknown) => refuse(res, error, log),
      )
      .catch((error: unknown) => fail(res, error, log, "A request failed unexpectedly at the front door"));
  }

  /** Where an authenticated request goes: a service's REST routes, with the identity signed, or the gateway. */
  function route(req: IncomingMessage, res: ServerResponse, path: string, target: string, identity: Identity): void {
    const service = SERIALS_ROUTES.test(target)
      ? "serials"
      : INGEST_ROUTES.test(target)
        ? "ingest"
        : RECALLS_ROUTES.test(target)
          ? "recalls"
          : undefined;
    if (service) {
      const forward = () =>
        forwardSigned(req, res, target, options.upstreamSecret, identity, (headers, body) => proxy(req, res, options.services[service], target, log, headers, body));
      if (options.codeChecks && service === "serials" && DIGITAL_LINK_PATH.test(path)) {
        limitDigitalLink(options.codeChecks, identity, req, res, log, forward);
        return;
      }
      forward();
      return;
    }
    rememberIdentity(req, identity);
    void gateway(req, res);
  }

  const wsServer = new WebSocketServer({ server, path: GRAPHQL_PATH, maxPayload: WS_MAX_PAYLOAD_BYTES });
  const wsConnections = new WsConnections();
  const wsOptions = getGraphQLWSOptions<Record<string, unknown>, Extra>(gateway, (ctx) => ({
    req: ctx.extra.request,
    socket: ctx.extra.socket,
    request: normalizeNodeRequest(ctx.extra.request, gateway.fetchAPI),
  }));
  const wsCleanup = useServer(
    {
      ...wsOptions,
      // A refused credential closes the socket at once (4403) rather than failing each operation;
      // the gateway judges it again at each operation, so a key revoked meanwhile starts nothing new.
      onConnect: async (ctx) => {
        try {
          const credential = credentialOfConnectionParams(ctx.connectionParams);
          if (credential !== undefined) {
            await options.authenticator.authenticate(credential);
          }
          wsConnections.add(ctx);
          return true;
        } catch (error) {
          if (error instanceof HubError && authStatus(error) === 401) {
            log.warn({ problem: error.message }, "Refused a WebSocket connection");
            return false;
          }
          // Keys that cannot be checked now: graphql-ws closes with 4500 and this message.
          throw error;
        }
      },
      onClose: (ctx) => wsConnections.remove(ctx),
    },
    wsServer,
  );

  async function start(port: number, host: string): Promise<RunningServer> {
    // A subscription arriving before any HTTP request would otherwise find no schema.
    await gateway.getSchema();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve());
    });
    const bound = (server.address() as AddressInfo).port;
    const unregister = [opsMetrics().addSockets(() => wsConnections.size), opsMetrics().addReadiness(async () => (await readiness.report()).ok)];
    return {
      url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${bound}`,
      port: bound,
      /** Red readiness, no new connections, subscribers told "complete" then 1001, requests in flight finished. */
      async close() {
        readiness.drain();
        unregister.forEach((remove) => remove());
        const drained = closeHttpServer(server);
        const subscriptions = await wsConnections.completeAll();
        await wsCleanup.dispose();
        if (await drained) {
          log.warn("Requests still running after the drain timeout were cut");
        }
        await gateway.dispose();
        log.info({ subscriptions }, "Front door drained");
      },
    };
  }

  return { start, server };
}
