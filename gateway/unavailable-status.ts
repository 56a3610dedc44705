import { GraphQLError } from "graphql";
import { RETRY_AFTER_SECONDS } from "../lib/federation/subgraph-server";

/**
 * A SERVICE_UNAVAILABLE error (a subgraph's database is down) makes the response a 503 with
 * Retry-After, so HTTP clients and proxies see a retryable failure rather than a 200 with
 * errors inside. The `http` extension is read by the gateway runtime and never sent on.
 */
export function withUnavailableStatus(error: Error): Error {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== "SERVICE_UNAVAILABLE" || error.extensions.http) {
    return error;
  }
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, http: { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } } },
  });
}
