import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { coalesceWrites } from "./coalesce-writes";
import { identityFromHeaders, type Identity } from "../auth/identity";
import { REST_SIGNATURE_HEADER, SIGNATURE_EXTENSION, signatureProblem, signingPayload } from "../auth/upstream-signature";
import { isServiceUnavailable } from "../db/unavailable";
import { formatError, UNAVAILABLE_MESSAGE, unwrapHubError } from "../errors/hub-error";
import type { Logger } from "../log/logger";
import { forwardedRequestId, REQUEST_ID_HEADER } from "../log/request-id";
import { serveOpsMetrics } from "../metrics/serve-metrics";
import { requireRestSignature } from "./rest-signature-check";
import { WsConnections } from "./ws-connections";

export interface SubgraphServerOptions<TContext extends object> {
  name: string;
  schema: GraphQLSchema;
  /** Requests must carry the gateway's HMAC over query, variables and identity. */
  upstreamSecret: string;
  createContext(identity: Identity): TContext | Promise<TContext>;
  /** Readiness probe behind GET /healthz. */
  isReady(): Promise<boolean>;
  log: Logger;
  /** Largest JSON body accepted (EPCIS documents can be large). @default "32mb" */
  bodyLimit?: string;
  /** REST routes; each request must carry the front door's signature over it and its body (rest-signature-check.ts). */
  routes?(router: Router): void;
  /** Routes that authenticate requests themselves (webhooks); no upstream signature is asked. */
  openRoutes?(router: Router): void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const GRAPHQL_PATH = "/graphql";

/**
 * Largest graphql-ws message a service takes. Only the gateway's subscribe messages arrive
 * here (events go the other way): a client's document and variables, within the front
 * door's 1 MiB (WS_MAX_PAYLOAD_BYTES), plus identity and signature, and the operation as
 * the gateway prints it for this service (key fields, inlined fragments); 4 MiB leaves room
 * for that growth, while ws's default (100 MiB) would let anyone who reaches the port make
 * the service buffer 100 MiB before the signature is even read.
 */
export const SUBGRAPH_WS_MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

/** What a 503 asks a client to wait: about as long as a PostgreSQL restart. */
export const RETRY_AFTER_SECONDS = 5;

type Payload = { query?: unknown; variables?: unknown; extensions?: Record<string, unknown> };

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });

/**
 * Checks the upstream signature of one operation (HMAC, then its signing time); the identity
 * it carries is trusted only then. Over graphql-ws, at subscribe: a long subscription stays.
 */
function verifiedIdentity(secret: string, payload: Payload, headers: Record<string, string | string[] | undefined>): { identity: Identity } | { problem: string } {
  const query = typeof payload.query === "string" ? payload.query : "";
  const problem = signatureProblem(secret, signingPayload(query, payload.variables, headers), payload.extensions?.[SIGNATURE_EXTENSION], headers);
  return problem ? { problem } : { identity: identityFromHeaders(headers) };
}

/** Applies the edge error mapping to errors that travel over graphql-ws, which Apollo never sees. */
function reformat(error: GraphQLError): GraphQLError {
  const formatted = formatError(error.toJSON(), error);
  return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
}

/**
 * One subgraph as an HTTP service: Apollo Server on express for queries and mutations,
 * graphql-ws on the same server and path for subscriptions (Apollo has no SSE, and
 * startStandaloneServer cannot host WebSockets). Built here, listened to by `start`.
 */
export function createSubgraphServer<TContext extends object>(options: SubgraphServerOptions<TContext>) {
  const { schema, upstreamSecret, log } = options;
  const httpServer: Server = createServer();
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: SUBGRAPH_WS_MAX_PAYLOAD_BYTES });
  wsServer.on("connection", coalesceWrites);
  // The gateway multiplexes every client over one socket per subgraph, so identity is read
  // from each subscribe message and never stored on the connection.
  const wsConnections = new WsConnections();
  const wsCleanup = useServer(
    {
      schema,
      onConnect: (ctx) => {
        wsConnections.add(ctx);
        return true;
      },
      onClose: (ctx) => wsConnections.remove(ctx),
      onSubscribe: (_ctx, _id, payload) => {
        const headers = (payload.extensions?.headers ?? {}) as Record<string, string>;
        const verified = verifiedIdentity(upstreamSecret, payload as Payload, headers);
        if ("problem" in verified) {
          log.warn({ problem: verified.problem }, "Refused a subscription's upstream signature");
          return [unauthenticated(verified.problem)];
        }
        return undefined;
      },
      context: (_ctx, _id, payload) => {
        const headers = (payload.extensions?.headers ?? {}) as Record<string, string>;
        return options.createContext(identityFromHeaders(headers)) as Record<string, unknown>;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map(reformat),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? ({ ...result, errors: result.errors.map(reformat) } as typeof result) : result,
    },
    wsServer,
  );

  const closeSockets: ApolloServerPlugin = {
    async serverWillStart() {
      return {
        // The gateway's subscriptions end with "complete" before the sockets close with 1001.
        async drainServer() {
          await wsConnections.completeAll();
          await wsCleanup.dispose();
        },
      };
    },
  };

  // Clients see "Internal error" only; the operator's log gets the cause.
  const logInternalErrors: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, request }) {
          const requestId = forwardedRequestId(request.http?.headers.get(REQUEST_ID_HEADER));
          for (const error of errors) {
            if (isServiceUnavailable(error)) {
              log.warn({ requestId, error: error.message, path: error.path }, "An operation found the database unavailable");
            } else if (!unwrapHubError(error) && !error.extensions?.code) {
              log.error({ requestId, error: error.originalError?.stack ?? error.message, path: error.path }, "Unexpected error");
            } else if (unwrapHubError(error)?.cause !== undefined) {
              // An INTERNAL HubError keeps its detail from the client (subgraph-client.ts): the log gets it.
              log.error({ requestId, error: error.message, cause: String(unwrapHubError(error)?.cause), path: error.path }, "Unexpected error");
            }
          }
        },
      };
    },
  };

  const apollo = new ApolloServer<TContext>({
    schema,
    formatError,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // The hub stops its services itself, in order; Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      closeSockets,
      logInternalErrors,
    ],
  });

  const requireSignature = (req: Request, res: Response, next: NextFunction) => {
    const verified = verifiedIdentity(upstreamSecret, (req.body ?? {}) as Payload, req.headers);
    if ("problem" in verified) {
      log.warn({ requestId: forwardedRequestId(req.headers[REQUEST_ID_HEADER]), problem: verified.problem }, "Refused a request's upstream signature");
      res.status(401).json({ errors: [{ message: verified.problem, extensions: { code: "UNAUTHENTICATED" } }] });
      return;
    }
    res.locals.identity = verified.identity;
    next();
  };

  async function start(port: number, host: string): Promise<RunningServer> {
    await apollo.start();
    const app = express();
    app.disable("x-powered-by");
    // The process's operational metrics for a scraper on this service's own port. A signed
    // request is a tenant's /metrics passed on by the front door: it goes on to the routes.
    app.get("/metrics", (req, res, next) => {
      if (req.headers[REST_SIGNATURE_HEADER] !== undefined) {
        next();
        return;
      }
      void serveOpsMetrics(res);
    });
    if (options.openRoutes) {
      const open = express.Router();
      options.openRoutes(open);
      app.use(open);
    }
    if (options.routes) {
      const router = express.Router();
      options.routes(router);
      app.use(/^(?!\/graphql|\/healthz)/, requireRestSignature(upstreamSecret, log), router);
    }
    app.get("/healthz", async (_req, res) => {
      const ready = await options.isReady().catch(() => false);
      res.status(ready ? 200 : 503).json({ service: options.name, status: ready ? "ok" : "unavailable" });
    });
    app.post(
      GRAPHQL_PATH,
      express.json({ limit: options.bodyLimit ?? "32mb" }),
      requireSignature,
      expressMiddleware(apollo, {
        context: async ({ res }) => options.createContext(res.locals.identity as Identity),
      }),
    );
    app.all(GRAPHQL_PATH, (_req, res) => {
      res.status(405).json({ errors: [{ message: "Use POST for GraphQL requests.", extensions: { code: "BAD_USER_INPUT" } }] });
    });
    // Last: a REST route's unexpected error is logged, and the client gets no stack trace.
    app.use((error: Error, req: Request, res: Response, _next: NextFunction) => {
      const unavailable = isServiceUnavailable(error);
      const requestId = forwardedRequestId(req.headers[REQUEST_ID_HEADER]);
      if (unavailable) {
        // A sender retries on 503 (webhook senders do): nothing was acknowledged, so nothing is lost.
        log.warn({ requestId, error: error.message }, "A REST request found the database unavailable");
      } else {
        log.error({ requestId, error: error.stack ?? error.message, cause: error.cause === undefined ? undefined : String(error.cause) }, "Unexpected error in a REST route");
      }
      if (!res.headersSent) {
        if (unavailable) {
          res.status(503).set("retry-after", String(RETRY_AFTER_SECONDS)).json({ error: UNAVAILABLE_MESSAGE });
        } else {
          res.status(500).json({ error: "Internal error." });
        }
      } else {
        res.destroy();
      }
    });
    httpServer.on("request", app);
    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(port, host, () => resolve());
    });
    const bound = (httpServer.address() as AddressInfo).port;
    const url = `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${bound}`;
    log.info(`${options.name} subgraph listening on ${url}${GRAPHQL_PATH}`);
    return {
      url,
      port: bound,
      close: async () => {
        await apollo.stop();
      },
    };
  }

  return { start, httpServer };
}
