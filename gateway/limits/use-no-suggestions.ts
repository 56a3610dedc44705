import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError, type ExecutionResult } from "graphql";

/** graphql-js ends a message with ` Did you mean "x"?` (fields, arguments, types, enum values). */
const SUGGESTION = / ?Did you mean .*$/s;

function withoutSuggestion<T extends Error>(error: T): T | GraphQLError {
  if (!(error instanceof GraphQLError) || !SUGGESTION.test(error.message)) {
    return error;
  }
  return new GraphQLError(error.message.replace(SUGGESTION, ""), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

function cleanResult(result: unknown, setResult: (result: ExecutionResult) => void): void {
  const errors = (result as ExecutionResult | undefined)?.errors;
  if (errors?.some((error) => SUGGESTION.test(error.message))) {
    setResult({ ...(result as ExecutionResult), errors: errors.map(withoutSuggestion) });
  }
}

/**
 * With introspection off, "Did you mean …" would still spell out the schema field by field to
 * anyone probing it; this drops the suggestion from validation errors and from variable errors
 * (which graphql-js reports when execution starts).
 */
export function useNoSuggestions(): GatewayPlugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.some((error) => SUGGESTION.test(error.message))) {
          setResult(result.map(withoutSuggestion));
        }
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          cleanResult(result, setResult);
        },
      };
    },
    onSubscribe() {
      return {
        onSubscribeResult({ result, setResult }) {
          cleanResult(result, setResult as (result: ExecutionResult) => void);
        },
      };
    },
  };
}
