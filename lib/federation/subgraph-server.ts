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
import { identityFromHeaders, type Identity } from "../auth/identity";
import { REST_SIGNATURE_HEADER, restSigningPayload, SIGNATURE_EXTENSION, signingPayload, verifySignature } from "../auth/upstream-signature";
import { formatError, unwrapHubError } from "../errors/hub-error";
import type { Logger } from "../log/logger";

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
  /** REST routes; each request must carry the front door's signature (see restSigningPayload). */
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

type Payload = { query?: unknown; variables?: unknown; extensions?: Record<string, unknown> };

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });

/** Checks the upstream signature of one operation; the identity it carries is trusted only then. */
function verifiedIdentity(secret: string, payload: Payload, headers: Record<string, string | string[] | undefined>) {
  const query = typeof payload.query === "string" ? payload.query : "";
  const signature = payload.extensions?.[SIGNATURE_EXTENSION];
  if (!verifySignature(secret, signingPayload(query, payload.variables, headers), signature)) {
    return undefined;
  }
  return identityFromHeaders(headers);
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
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH });
  // The gateway multiplexes every client over one socket per subgraph, so identity is read
  // from each subscribe message and never stored on the connection.
  const wsCleanup = useServer(
    {
      schema,
      onSubscribe: (_ctx, _id, payload) => {
        const headers = (payload.extensions?.headers ?? {}) as Record<string, string>;
        const identity = verifiedIdentity(upstreamSecret, payload as Payload, headers);
        if (!identity) {
          log.warn("Refused a subscription without a valid upstream signature");
          return [unauthenticated("Missing or invalid upstream signature.")];
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
        async drainServer() {
          await wsCleanup.dispose();
        },
      };
    },
  };

  // Clients see "Internal error" only; the operator's log gets the cause.
  const logInternalErrors: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!unwrapHubError(error) && !error.extensions?.code) {
              log.error({ error: error.originalError?.stack ?? error.message, path: error.path }, "Unexpected error");
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
    const identity = verifiedIdentity(upstreamSecret, (req.body ?? {}) as Payload, req.headers);
    if (!identity) {
      log.warn("Refused a request without a valid upstream signature");
      res.status(401).json({ errors: [{ message: "Missing or invalid upstream signature.", extensions: { code: "UNAUTHENTICATED" } }] });
      return;
    }
    res.locals.identity = identity;
    next();
  };

  const requireRestSignature = (req: Request, res: Response, next: NextFunction) => {
    const headers = req.headers;
    if (!verifySignature(upstreamSecret, restSigningPayload(req.method, req.originalUrl, headers), headers[REST_SIGNATURE_HEADER])) {
      log.warn("Refused a REST request without a valid signature");
      res.status(401).json({ error: "Missing or invalid upstream signature." });
      return;
    }
    res.locals.identity = identityFromHeaders(headers);
    next();
  };

  async function start(port: number, host: string): Promise<RunningServer> {
    await apollo.start();
    const app = express();
    app.disable("x-powered-by");
    if (options.openRoutes) {
      const open = express.Router();
      options.openRoutes(open);
      app.use(open);
    }
    if (options.routes) {
      const router = express.Router();
      options.routes(router);
      app.use(/^(?!\/graphql|\/healthz)/, requireRestSignature, router);
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
    app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
      log.error({ error: error.stack ?? error.message }, "Unexpected error in a REST route");
      if (!res.headersSent) {
        res.status(500).json({ error: "Internal error." });
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
