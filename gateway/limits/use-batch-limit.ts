import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { limitError } from "./limit-error";

/**
 * Refuses an HTTP batch (a JSON array of operations) longer than `max` as soon as the body is
 * parsed, before any operation in it is parsed or run. Yoga's own `batching.limit` check comes
 * after this one and stays as a backstop; it answers 413 with a generic BAD_REQUEST code.
 */
export function useBatchLimit(max: number): GatewayPlugin {
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult }) {
          if (Array.isArray(requestParserResult) && requestParserResult.length > max) {
            throw limitError("BATCH_TOO_LARGE", `The batch has ${requestParserResult.length} operations; the limit is ${max}. Send it in smaller batches.`, {
              limit: max,
              found: requestParserResult.length,
            });
          }
        },
      };
    },
  };
}
