import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { identityToHeaders, IDENTITY_HEADERS, type Identity } from "../../lib/auth/identity";
import { publicIdentity } from "./use-authentication";

/**
 * The caller's identity, as useAuthentication put it on the context (from a verified JWT or
 * API key); a public caller, known by its address, when there is none.
 */
export function identityOf(context: unknown): Identity {
  if (!context || typeof context !== "object") {
    return publicIdentity({});
  }
  return (context as { identity?: Identity }).identity ?? publicIdentity(context as { req?: { socket?: { remoteAddress?: string } } });
}

const IDENTITY_HEADER_NAMES = new Set<string>(Object.values(IDENTITY_HEADERS));

/**
 * Puts the verified identity on every upstream operation: as HTTP headers for queries and
 * entity lookups, inside each subscribe message for graphql-ws. It travels per operation,
 * never per socket, because the gateway shares one upstream socket between all clients.
 * Anything a client tried to pass as identity is dropped first.
 */
export function useIdentity(): GatewayPlugin {
  return {
    onSubgraphExecute({ executionRequest, setExecutionRequest }) {
      const identity = identityOf(executionRequest.context);
      const extensions = { ...executionRequest.extensions };
      const headers = Object.fromEntries(
        Object.entries((extensions.headers as Record<string, string> | undefined) ?? {}).filter(
          ([name]) => !IDENTITY_HEADER_NAMES.has(name.toLowerCase()),
        ),
      );
      delete extensions.connectionParams;
      extensions.headers = { ...headers, ...identityToHeaders(identity) };
      setExecutionRequest({ ...executionRequest, extensions });
    },
  };
}
