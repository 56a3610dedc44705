import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from "@graphql-hive/gateway-runtime";
import httpTransport from "@graphql-mesh/transport-http";
import wsTransport from "@graphql-mesh/transport-ws";
import { GraphQLError } from "graphql";
import { maskError as yogaMaskError } from "graphql-yoga";
import type { QueryPlanner, SubgraphName } from "../lib/config/config";
import type { OperationLimits } from "../lib/config/operation-limits";
import type { Logger } from "../lib/log/logger";
import { GRAPHQL_PATH } from "../lib/federation/subgraph-server";
import type { Authenticator } from "./auth/authenticator";
import { useAuthentication } from "./plugins/use-authentication";
import { useIdentity } from "./plugins/use-identity";
import { queryPlannerOptions } from "./query-planner";
import { useUpstreamSignature } from "./plugins/use-upstream-signature";
import { operationGuards } from "./limits/operation-guards";
import { useOperationMetrics } from "./plugins/use-operation-metrics";
import { detachGatewaySignalHandlers } from "./signal-handlers";
import { withUnavailableStatus } from "./unavailable-status";
import type { CodeCheckLimiter } from "./rate-limit/code-check-limiter";
import { useCodeCheckLimits } from "./rate-limit/use-code-check-limits";

export interface GatewayOptions {
  supergraphSdl: string;
  /** Base URL of each subgraph (the committed supergraph's URLs are only defaults). */
  subgraphUrls: Record<SubgraphName, string>;
  /** Judges JWTs and API keys; the front door uses the same instance. */
  authenticator: Authenticator;
  upstreamSecret: string;
  introspection: boolean;
  /** Depth, aliases, tokens, directives, cost and batch size (docs/security/operation-limits.md). */
  limits: OperationLimits;
  /** Persisted-operations manifest: callers without a token may run only its operations. */
  persistedOperations?: string;
  log: Logger;
  /** Close idle upstream sockets at once (tests), instead of after 3 s. */
  eagerSocketClose?: boolean;
  /** "rust" (Hive Router's planner, the default) or "js". */
  queryPlanner?: QueryPlanner;
  /** Code-check budgets for verify and lookup (docs/security/rate-limits.md). */
  codeChecks?: CodeCheckLimiter;
}

/**
 * Errors of one field in several entities (e.g. FORBIDDEN on `reason` of each recall of a unit)
 * reach the gateway as one AggregateError; when they all carry the same client-facing code, that
 * error is the answer, not an INTERNAL mask.
 */
function sharedCodeError(error: unknown): GraphQLError | undefined {
  const aggregate = error instanceof AggregateError ? error : (error as { originalError?: unknown })?.originalError;
  // The Rust planner's executor passes a subgraph's error on as the plain object the subgraph sent.
  const plain = !(error instanceof Error) && typeof error === "object" && error !== null && "message" in error ? [error] : undefined;
  if (!plain && (!(aggregate instanceof AggregateError) || aggregate.errors.length === 0)) {
    return undefined;
  }
  const inner = (plain ?? (aggregate as AggregateError).errors) as { message?: unknown; extensions?: { code?: unknown } }[];
  const code = inner[0]?.extensions?.code;
  const same = inner.every((item) => item?.extensions?.code === code);
  return same && typeof code === "string" && code !== "INTERNAL" ? new GraphQLError(String(inner[0].message), { extensions: inner[0].extensions }) : undefined;
}

/** The Hive gateway runtime with our auth: verify the JWT or API key, forward identity per operation, sign it. */
export function createGateway(options: GatewayOptions): GatewayRuntime {
  const transportEntries: Record<string, object> = {
    "*": {
      options: {
        // Apollo Server has no SSE: subscriptions go to the subgraphs over graphql-ws.
        subscriptions: { kind: "ws", location: GRAPHQL_PATH, options: options.eagerSocketClose ? { lazyCloseTimeout: 0 } : {} },
      },
    },
  };
  for (const [name, url] of Object.entries(options.subgraphUrls)) {
    transportEntries[name] = { location: `${url}${GRAPHQL_PATH}` };
  }
  const guards = operationGuards(options);
  const runtime = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    ...queryPlannerOptions(options.queryPlanner ?? "rust", options.log),
    transports: { http: httpTransport, ws: wsTransport } as never,
    transportEntries: transportEntries as never,
    logging: options.log,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    ...guards.runtime,
    maskedErrors: {
      // Unexpected failures (a subgraph down, a bug) reach clients as INTERNAL, the cause only the log.
      maskError(error, message, isDev): Error {
        const masked = yogaMaskError(error, message, isDev);
        if (masked === error) {
          return withUnavailableStatus(error as Error);
        }
        const shared = sharedCodeError(error);
        if (shared) {
          return withUnavailableStatus(new GraphQLError(shared.message, { path: (masked as GraphQLError).path, extensions: shared.extensions }));
        }
        options.log.error({ error: (error as Error).stack ?? String(error) }, "Unexpected gateway error");
        return new GraphQLError("Internal error", {
          path: (masked as GraphQLError).path,
          extensions: { code: "INTERNAL" },
        });
      },
    },
    plugins: (): GatewayPlugin[] => [
      useOperationMetrics(),
      // First: an operation refused at execution start takes no rate-limit point (limits before execution: docs/security/operation-limits.md).
      ...guards.plugins,
      useAuthentication(options.authenticator),
      useIdentity(),
      useUpstreamSignature(options.upstreamSecret),
      ...(options.codeChecks ? [useCodeCheckLimits(options.codeChecks)] : []),
    ],
  });
  detachGatewaySignalHandlers(runtime);
  return runtime;
}
