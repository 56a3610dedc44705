import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { useHmacUpstreamSignature } from "@graphql-mesh/hmac-upstream-signature";
import { serializeExecutionRequest } from "@graphql-tools/executor-common";
import type { ExecutionRequest } from "@graphql-tools/utils";
import { SIGNATURE_EXTENSION, signingPayload } from "../../lib/auth/upstream-signature";

/**
 * Signs each upstream operation over its query, variables and identity headers (the
 * plugin's default covers query and variables only, so a signed body could be replayed
 * under another tenant). Must be registered after useIdentity, which sets those headers.
 */
export function useUpstreamSignature(secret: string): GatewayPlugin {
  return useHmacUpstreamSignature({
    secret,
    extensionName: SIGNATURE_EXTENSION,
    serializeExecutionRequest(executionRequest: ExecutionRequest) {
      // The same printer the transports use, so the subgraph sees exactly the signed text.
      const { query, variables } = serializeExecutionRequest({
        executionRequest: { document: executionRequest.document, variables: executionRequest.variables },
      });
      const headers = (executionRequest.extensions?.headers ?? {}) as Record<string, string>;
      return signingPayload(query ?? "", variables, headers);
    },
  }) as GatewayPlugin;
}
