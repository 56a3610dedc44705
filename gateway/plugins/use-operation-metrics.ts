import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { getOperationAST, type DocumentNode } from "graphql";
import { opsMetrics } from "../../lib/metrics/ops-metrics";

type Result = { errors?: readonly { extensions?: { code?: unknown } }[] };

const typeOf = (document: DocumentNode, operationName?: string | null) => getOperationAST(document, operationName)?.operation ?? "unknown";

/**
 * Counts operations by type and outcome, and every error a client receives by its code
 * (those refused before execution — parse, validation, limits — included), for /metrics.
 */
export function useOperationMetrics(): GatewayPlugin {
  const metrics = opsMetrics();
  return {
    onExecute({ args }) {
      const type = typeOf(args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          const errors = (result as Result).errors;
          metrics.operations.inc({ type, outcome: errors?.length ? "error" : "ok" });
        },
      };
    },
    onSubscribe({ args }) {
      metrics.operations.inc({ type: typeOf(args.document, args.operationName), outcome: "ok" });
    },
    onResultProcess({ result }) {
      // Streams (subscriptions, deferred parts) are counted at their start, not per message.
      for (const item of Array.isArray(result) ? result : [result]) {
        for (const error of (item as Result).errors ?? []) {
          metrics.countError(error.extensions?.code);
        }
      }
    },
  };
}
