import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { serializeExecutionRequest } from "@graphql-tools/executor-common";
import type { ExecutionRequest } from "@graphql-tools/utils";
import { sign, SIGNATURE_EXTENSION, signingPayload, stamped } from "../../lib/auth/upstream-signature";

/** What is signed: the operation as the transports print it, its variables, the identity headers and the signing time. */
export function upstreamSigningPayload(executionRequest: ExecutionRequest): string {
  // The same printer the transports use, so the subgraph sees exactly the signed text.
  const { query, variables } = serializeExecutionRequest({
    executionRequest: { document: executionRequest.document, variables: executionRequest.variables },
  });
  const headers = (executionRequest.extensions?.headers ?? {}) as Record<string, string>;
  return signingPayload(query ?? "", variables, headers);
}

/**
 * Signs each upstream operation over its query, variables, identity headers and signing time
 * (signing query and variables only, as `useHmacUpstreamSignature` does by default, would let a
 * signed body be replayed under another tenant, and forever). Must be registered after useIdentity,
 * which sets those headers. The HMAC is the one subgraphs check (`extensions["hmac-signature"]`,
 * base64 HMAC-SHA256), computed with node:crypto in line: `useHmacUpstreamSignature` goes
 * through WebCrypto's asynchronous sign, which cost 4 % of the gateway's CPU (bench/README.md).
 */
export function useUpstreamSignature(secret: string): GatewayPlugin {
  if (!secret) {
    throw new Error('Property "secret" is required for useUpstreamSignature.');
  }
  return {
    onSubgraphExecute({ executionRequest, setExecutionRequest }) {
      // The signing time travels with the identity headers (HTTP headers, or the subscribe message).
      const headers = stamped((executionRequest.extensions?.headers ?? {}) as Record<string, string>);
      const stampedRequest = { ...executionRequest, extensions: { ...executionRequest.extensions, headers } };
      const signature = sign(secret, upstreamSigningPayload(stampedRequest));
      setExecutionRequest({ ...stampedRequest, extensions: { ...stampedRequest.extensions, [SIGNATURE_EXTENSION]: signature } });
    },
  };
}
