import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError } from "graphql";
import { identityFromClaims, identityToHeaders, IDENTITY_HEADERS, PUBLIC_IDENTITY, type Identity } from "../../lib/auth/identity";
import { type HubError } from "../../lib/errors/hub-error";

/** Where useJWT leaves the verified token, and where the node adapter leaves the request. */
interface JwtContext {
  jwt?: { payload?: unknown };
  req?: { socket?: { remoteAddress?: string } };
}

/** An anonymous caller is known by its network address (no proxy header is trusted: it is the caller's to forge). */
function publicIdentity(context: JwtContext): Identity {
  const address = context.req?.socket?.remoteAddress;
  return address ? { ...PUBLIC_IDENTITY, client: address } : PUBLIC_IDENTITY;
}

const identityCache = new WeakMap<object, Identity>();

/** The caller's identity from the verified token in the context; public without one. */
export function identityOf(context: unknown): Identity {
  if (!context || typeof context !== "object") {
    return PUBLIC_IDENTITY;
  }
  const cached = identityCache.get(context);
  if (cached) {
    return cached;
  }
  const payload = (context as JwtContext).jwt?.payload;
  let identity = publicIdentity(context as JwtContext);
  if (payload !== undefined) {
    try {
      identity = identityFromClaims(payload);
    } catch (error) {
      const hubError = error as HubError;
      throw new GraphQLError(hubError.message, { extensions: { code: hubError.code, http: { status: 401 } } });
    }
  }
  identityCache.set(context, identity);
  return identity;
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
