import { createServer, get as httpGet, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { KeyObject } from "node:crypto";
import type { AddressInfo } from "node:net";
import { getGraphQLWSOptions, type GatewayRuntime } from "@graphql-hive/gateway-runtime";
import { normalizeNodeRequest } from "@whatwg-node/server";
import { useServer, type Extra } from "graphql-ws/use/ws";
import jwt from "jsonwebtoken";
import { WebSocketServer } from "ws";
import { identityFromClaims, identityToHeaders, PUBLIC_IDENTITY, type Identity } from "../lib/auth/identity";
import { REST_SIGNATURE_HEADER, restSigningPayload, sign } from "../lib/auth/upstream-signature";
import { hs256Key, verifyToken } from "../lib/auth/token";
import type { ServiceName } from "../lib/config/config";
import type { RunningServer } from "../lib/federation/subgraph-server";
import { GRAPHQL_PATH } from "../lib/federation/subgraph-server";
import { HubError } from "../lib/errors/hub-error";
import type { Logger } from "../lib/log/logger";
import { isStaticPath, serveStatic } from "../web/server/static-files";

export interface FrontDoorOptions {
  gateway: GatewayRuntime;
  jwtSecret: string;
  /** Signs the identity on REST requests forwarded to services. */
  upstreamSecret: string;
  /** Base URLs of the services behind the door, for /healthz and the ingest routes. */
  services: Record<ServiceName, string>;
  log: Logger;
}

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

const identityOfToken = (key: KeyObject, authorization: string): Identity =>
  identityFromClaims(verifyToken(key, authorization.trim().replace(/^Bearer\s+/i, "")));

/** Why a bearer token is refused, in words a client can act on; undefined when it is fine. */
export function tokenProblem(key: KeyObject, authorization: string): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) {
    return 'The Authorization header must be "Bearer <jwt>".';
  }
  try {
    identityFromClaims(verifyToken(key, match[1]));
    return undefined;
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) {
      return "The token has expired: get a new one.";
    }
    return error instanceof HubError ? error.message : "The token is not valid for this hub.";
  }
}

/**
 * Streams a request to a service untouched (webhook signatures are over the raw bytes),
 * with `extra` headers; identity headers a client sent itself are dropped.
 */
function proxy(req: IncomingMessage, res: ServerResponse, base: string, log: Logger, extra: Record<string, string> = {}): void {
  const target = new URL(req.url ?? "/", base);
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !name.startsWith("x-serialhub-")));
  const upstream = httpRequest(target, { method: req.method, headers: { ...headers, ...extra } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", (error) => {
    log.error({ error: error.message, target: base }, "A service behind the front door is unreachable");
    if (!res.headersSent) {
      json(res, 502, { error: "The service behind this route is unavailable; retry later." });
    }
  });
  req.pipe(upstream);
}

/** One short-lived connection per check (no keep-alive), so a check never holds a service open. */
function healthOf(url: string): Promise<string> {
  return new Promise((resolve) => {
    const request = httpGet(`${url}/healthz`, { agent: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200 ? "ok" : "unavailable");
    });
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve("unreachable"));
  });
}

async function serviceHealth(services: Record<ServiceName, string>): Promise<Record<string, string>> {
  const names = Object.keys(services) as ServiceName[];
  const statuses = await Promise.all(names.map((name) => healthOf(services[name])));
  return Object.fromEntries(names.map((name, i) => [name, statuses[i]]));
}

/**
 * The one public port: GraphQL (HTTP and graphql-ws) through the gateway, the webhook and
 * EPCIS capture routes passed to ingest, and /healthz for the whole hub.
 */
export function createFrontDoor(options: FrontDoorOptions) {
  const { gateway, log } = options;
  const key = hs256Key(options.jwtSecret);

  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz" || path === "/readyz") {
      void serviceHealth(options.services).then((services) => {
        const ok = Object.values(services).every((status) => status === "ok");
        json(res, ok ? 200 : 503, { status: ok ? "ok" : "degraded", services });
      });
      return;
    }
    if (WEBHOOK_ROUTES.test(req.url ?? "")) {
      proxy(req, res, options.services.ingest, log);
      return;
    }
    // The dashboard and its assets are public files; the data behind them needs a token.
    if (isStaticPath(path)) {
      serveStatic(req, res, path);
      return;
    }
    // Checked here so a bad token gets a precise reason and the UNAUTHENTICATED code.
    const problem = req.headers.authorization === undefined ? undefined : tokenProblem(key, req.headers.authorization);
    if (problem) {
      json(res, 401, { errors: [{ message: problem, extensions: { code: "UNAUTHENTICATED" } }] });
      return;
    }
    const service = SERIALS_ROUTES.test(req.url ?? "")
      ? "serials"
      : INGEST_ROUTES.test(req.url ?? "")
        ? "ingest"
        : RECALLS_ROUTES.test(req.url ?? "")
          ? "recalls"
          : undefined;
    if (service) {
      // An anonymous caller is known by its address, as over GraphQL: enumeration and report limits count per client.
      const address = req.socket.remoteAddress;
      const anonymous = address ? { ...PUBLIC_IDENTITY, client: address } : PUBLIC_IDENTITY;
      const identity = req.headers.authorization ? identityOfToken(key, req.headers.authorization) : anonymous;
      const headers = identityToHeaders(identity);
      const signature = sign(options.upstreamSecret, restSigningPayload(req.method ?? "GET", req.url ?? "/", headers));
      proxy(req, res, options.services[service], log, { ...headers, [REST_SIGNATURE_HEADER]: signature });
      return;
    }
    void gateway(req, res);
  });

  const wsServer = new WebSocketServer({ server, path: GRAPHQL_PATH });
  const wsOptions = getGraphQLWSOptions<Record<string, unknown>, Extra>(gateway, (ctx) => ({
    req: ctx.extra.request,
    socket: ctx.extra.socket,
    request: normalizeNodeRequest(ctx.extra.request, gateway.fetchAPI),
  }));
  const wsCleanup = useServer(
    {
      ...wsOptions,
      // A bad token closes the socket at once (4403) rather than failing each operation.
      onConnect: (ctx) => {
        const authorization = (ctx.connectionParams as { authorization?: unknown } | undefined)?.authorization;
        if (authorization === undefined) {
          return true;
        }
        const problem = tokenProblem(key, String(authorization));
        if (problem) {
          log.warn({ problem }, "Refused a WebSocket connection");
          return false;
        }
        return true;
      },
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
    return {
      url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${bound}`,
      port: bound,
      async close() {
        await wsCleanup.dispose();
        server.closeIdleConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await gateway.dispose();
      },
    };
  }

  return { start, server };
}
