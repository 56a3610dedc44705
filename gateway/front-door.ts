import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getGraphQLWSOptions, type GatewayRuntime } from "@graphql-hive/gateway-runtime";
import { normalizeNodeRequest } from "@whatwg-node/server";
import { useServer, type Extra } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { identityFromClaims } from "../lib/auth/identity";
import { hs256Key, verifyToken } from "../lib/auth/token";
import type { ServiceName } from "../lib/config/config";
import type { RunningServer } from "../lib/federation/subgraph-server";
import { GRAPHQL_PATH } from "../lib/federation/subgraph-server";
import type { Logger } from "../lib/log/logger";

export interface FrontDoorOptions {
  gateway: GatewayRuntime;
  jwtSecret: string;
  /** Base URLs of the services behind the door, for /healthz and the ingest routes. */
  services: Record<ServiceName, string>;
  log: Logger;
}

/** Paths the ingest service answers; everything else is the gateway's. */
const INGEST_ROUTES = /^\/(webhooks\/|epcis\/capture(\/|\?|$))/;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/** Streams the request to ingest untouched: webhook signatures are over the raw bytes. */
function proxy(req: IncomingMessage, res: ServerResponse, base: string, log: Logger): void {
  const target = new URL(req.url ?? "/", base);
  const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on("error", (error) => {
    log.error({ error: error.message }, "Ingest is unreachable");
    if (!res.headersSent) {
      json(res, 502, { error: "The ingest service is unavailable; retry later." });
    }
  });
  req.pipe(upstream);
}

async function serviceHealth(services: Record<ServiceName, string>): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(services).map(async ([name, url]) => {
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
        return [name, response.ok ? "ok" : "unavailable"] as const;
      } catch {
        return [name, "unreachable"] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
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
    if (INGEST_ROUTES.test(req.url ?? "")) {
      proxy(req, res, options.services.ingest, log);
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
        try {
          const token = String(authorization).replace(/^Bearer\s+/i, "");
          identityFromClaims(verifyToken(key, token));
          return true;
        } catch {
          log.warn("Refused a WebSocket connection with an invalid token");
          return false;
        }
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
