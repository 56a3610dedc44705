import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from "@graphql-hive/gateway-runtime";
import httpTransport from "@graphql-mesh/transport-http";
import wsTransport from "@graphql-mesh/transport-ws";
import { createInlineSigningKeyProvider, extractFromHeader, useJWT, type ExtractTokenFunction } from "@graphql-mesh/plugin-jwt-auth";
import { GraphQLError } from "graphql";
import { maskError as yogaMaskError } from "graphql-yoga";
import type { SubgraphName } from "../lib/config/config";
import { hs256Key } from "../lib/auth/token";
import type { Logger } from "../lib/log/logger";
import { GRAPHQL_PATH } from "../lib/federation/subgraph-server";
import { useIdentity } from "./plugins/use-identity";
import { useUpstreamSignature } from "./plugins/use-upstream-signature";

export interface GatewayOptions {
  supergraphSdl: string;
  /** Base URL of each subgraph (the committed supergraph's URLs are only defaults). */
  subgraphUrls: Record<SubgraphName, string>;
  jwtSecret: string;
  upstreamSecret: string;
  introspection: boolean;
  log: Logger;
  /** Close idle upstream sockets at once (tests), instead of after 3 s. */
  eagerSocketClose?: boolean;
}

/** graphql-ws clients send `connectionParams.authorization: "Bearer <jwt>"`, like the HTTP header. */
export const fromConnectionParams: ExtractTokenFunction = ({ serverContext }) => {
  const value = (serverContext.connectionParams as { authorization?: unknown } | undefined)?.authorization;
  if (typeof value !== "string") {
    return undefined;
  }
  const match = /^Bearer\s+(.+)$/i.exec(value.trim());
  return { prefix: "Bearer", token: match ? match[1] : value.trim() };
};

/**
 * Errors of one field in several entities (e.g. FORBIDDEN on `reason` of each recall of a unit)
 * reach the gateway as one AggregateError; when they all carry the same client-facing code, that
 * error is the answer, not an INTERNAL mask.
 */
function sharedCodeError(error: unknown): GraphQLError | undefined {
  const aggregate = error instanceof AggregateError ? error : (error as { originalError?: unknown })?.originalError;
  if (!(aggregate instanceof AggregateError) || aggregate.errors.length === 0) {
    return undefined;
  }
  const inner = aggregate.errors as { message?: unknown; extensions?: { code?: unknown } }[];
  const code = inner[0]?.extensions?.code;
  const same = inner.every((item) => item?.extensions?.code === code);
  return same && typeof code === "string" && code !== "INTERNAL" ? new GraphQLError(String(inner[0].message), { extensions: inner[0].extensions }) : undefined;
}

/** The Hive gateway runtime with our auth: verify the JWT, forward identity per operation, sign it. */
export function createGateway(options: GatewayOptions): GatewayRuntime {
  const key = hs256Key(options.jwtSecret);
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
  return createGatewayRuntime({
    supergraph: options.supergraphSdl,
    transports: { http: httpTransport, ws: wsTransport } as never,
    transportEntries: transportEntries as never,
    logging: options.log,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: { title: "serialhub" },
    disableIntrospection: options.introspection ? undefined : { disableIf: () => true },
    maskedErrors: {
      // Unexpected failures (a subgraph down, a bug) reach clients as INTERNAL, the cause only the log.
      maskError(error, message, isDev): Error {
        const masked = yogaMaskError(error, message, isDev);
        if (masked === error) {
          return error as Error;
        }
        const shared = sharedCodeError(error);
        if (shared) {
          return new GraphQLError(shared.message, { path: (masked as GraphQLError).path, extensions: shared.extensions });
        }
        options.log.error({ error: (error as Error).stack ?? String(error) }, "Unexpected gateway error");
        return new GraphQLError("Internal error", {
          path: (masked as GraphQLError).path,
          extensions: { code: "INTERNAL" },
        });
      },
    },
    plugins: (): GatewayPlugin[] => [
      useJWT({
        // A prebuilt KeyObject: verifying with it is far cheaper than with the string secret.
        signingKeyProviders: [createInlineSigningKeyProvider(key as never)],
        tokenLookupLocations: [
          extractFromHeader({ name: "authorization", prefix: "Bearer" }),
          fromConnectionParams,
        ],
        tokenVerification: { algorithms: ["HS256"] },
        // No token is a public caller; a bad token is refused.
        reject: { missingToken: false, invalidToken: true },
        // Otherwise an unsigned copy of the claims rides in every upstream request body.
        forward: { payload: false },
      }) as GatewayPlugin,
      useIdentity(),
      useUpstreamSignature(options.upstreamSecret),
    ],
  });
}
