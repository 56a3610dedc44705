import { identityToHeaders, type Identity } from "../auth/identity";
import { sign, SIGNATURE_EXTENSION, signingPayload, stamped } from "../auth/upstream-signature";
import { HubError, UNAVAILABLE_MESSAGE } from "../errors/hub-error";
import { GRAPHQL_PATH } from "./subgraph-server";

/** What a client reads when a service behind the one it asked failed. */
export const PEER_FAILURE_MESSAGE = "A service the hub depends on failed; retry later, or ask the operator to check the hub's log.";

/**
 * A signed call from one service to another subgraph, for the few reads a service needs
 * outside a client's query plan (e.g. serials asking products which GTINs exist). Signed
 * exactly as the gateway signs (identity and signing time), so the callee checks it the same way.
 */
export async function callSubgraph<T>(
  baseUrl: string,
  secret: string,
  identity: Identity,
  query: string,
  variables: Record<string, unknown>,
  /** Set-based work over a million units (recall marking) takes longer than a lookup. */
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const headers = stamped(identityToHeaders(identity));
  const signature = sign(secret, signingPayload(query, variables, headers));
  const response = await fetch(`${baseUrl}${GRAPHQL_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables, extensions: { [SIGNATURE_EXTENSION]: signature } }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: unknown } }[] };
  if (response.status === 503 || body.errors?.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE")) {
    // Passed on as such, so the caller's client is told to retry rather than that something broke.
    throw new HubError("SERVICE_UNAVAILABLE", UNAVAILABLE_MESSAGE);
  }
  if (!response.ok || body.errors?.length || body.data === undefined) {
    const reason = body.errors?.map((error) => error.message).join("; ") || `HTTP ${response.status}`;
    // The peer's address and answer describe the hub's insides: the client reads PEER_FAILURE_MESSAGE,
    // the log gets them as the error's cause (subgraph-server.ts, the ingest worker).
    const error = new HubError("INTERNAL", PEER_FAILURE_MESSAGE);
    error.cause = `${baseUrl}${GRAPHQL_PATH} answered: ${reason}`;
    throw error;
  }
  return body.data;
}
