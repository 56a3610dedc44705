import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { OperationLimits } from "../../lib/config/operation-limits";
import { loadPersistedManifest, usePersistedOperations } from "./persisted-operations";
import { useBatchLimit } from "./use-batch-limit";
import { useNoSuggestions } from "./use-no-suggestions";
import { useOperationLimits } from "./use-operation-limits";

export interface OperationGuardOptions {
  limits: OperationLimits;
  introspection: boolean;
  /** Path of the persisted-operations manifest; unset: any caller may send any document. */
  persistedOperations?: string;
}

/**
 * What the gateway refuses before execution (docs/security/operation-limits.md): the runtime
 * options (batching, GraphiQL, introspection) and the plugins, to spread into createGatewayRuntime.
 */
export function operationGuards(options: OperationGuardOptions) {
  const { limits, introspection } = options;
  const manifest = options.persistedOperations ? loadPersistedManifest(options.persistedOperations) : undefined;
  const plugins: GatewayPlugin[] = [
    useBatchLimit(limits.maxBatch),
    useOperationLimits(limits),
    ...(introspection ? [] : [useNoSuggestions()]),
    ...(manifest ? [usePersistedOperations(manifest)] : []),
  ];
  return {
    runtime: {
      // Yoga's own limit stays as a backstop behind useBatchLimit.
      batching: { limit: limits.maxBatch },
      // GraphiQL is useless without introspection, and tells a prober where the API is.
      graphiql: introspection ? { title: "serialhub" } : false,
      disableIntrospection: introspection ? undefined : { disableIf: () => true },
    },
    plugins,
  };
}
