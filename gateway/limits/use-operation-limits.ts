import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { ExecutionArgs, ExecutionResult, GraphQLError, ValidationContext } from "graphql";
import type { OperationLimits } from "../../lib/config/operation-limits";
import { introspectionDepthRule } from "./introspection-depth";
import { LIMIT_CODES } from "../../lib/errors/hub-error";
import { limitError, type LimitCode } from "./limit-error";
import { operationCost } from "./operation-cost";
import { spreadSizeRule } from "./spread-size";

/** graphql-armor says "Syntax Error: … limit of N exceeded, found M."; the figure is kept, the wording is ours. */
const found = (error: GraphQLError): number | undefined => {
  const match = /found (\d+)/.exec(error.message);
  return match ? Number(match[1]) : undefined;
};

/** An armor rule reports our error (code, limit, found) instead of throwing its own. */
const reportAs = (code: LimitCode, what: string, limit: number) => ({
  n: limit,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const count = found(error);
      context?.reportError(limitError(code, `The operation has ${count ?? "too many"} ${what}; the limit is ${limit}.`, { limit, found: count }));
    },
  ],
});

/** Refuses an operation whose estimated cost is over the limit; runs before the executor, so no subgraph is asked. */
function checkCost(args: ExecutionArgs, limits: OperationLimits): void {
  const cost = operationCost(args.schema, args.document, args.operationName, args.variableValues, limits);
  if (cost > limits.maxCost) {
    const shown = Number.isFinite(cost) ? Math.round(cost) : "unbounded";
    throw limitError(
      "OPERATION_TOO_COSTLY",
      `The operation could return ${shown} objects (estimated from its lists and their \`first\` arguments); the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
      { limit: limits.maxCost, cost: Number.isFinite(cost) ? Math.round(cost) : null },
    );
  }
}

/**
 * Depth, aliases and directives as validation rules (graphql-armor's, cached with the document
 * by Yoga), tokens while parsing and again with fragments spread (a validation rule, before the
 * query planner), cost at the start of execution (it needs the variables): every
 * refusal comes before the executor sends anything to a subgraph, over HTTP and graphql-ws alike.
 */
export function useOperationLimits(limits: OperationLimits): GatewayPlugin {
  const tokens = maxTokensPlugin({
    n: limits.maxTokens,
    onReject: [
      () => {
        // Thrown from inside the lexer: parsing stops at the first token over the limit.
        throw limitError("TOO_MANY_TOKENS", `The document has more than ${limits.maxTokens} tokens; the limit is ${limits.maxTokens}.`, { limit: limits.maxTokens });
      },
    ],
  });
  const depth = maxDepthRule({
    ...reportAs("OPERATION_TOO_DEEP", "levels of nested fields", limits.maxDepth),
    // GraphiQL's introspection query is deeper (type references nest 9 levels): introspectionDepthRule caps `__schema` instead.
    ignoreIntrospection: true,
    // Fragments are a way of writing a selection, not a level of nesting.
    flattenFragments: true,
  });
  const introspectionDepth = introspectionDepthRule();
  // The token limit, applied to the operation as the planner sees it: its fragments written out.
  const spreadSize = spreadSizeRule(limits.maxTokens);
  const aliases = maxAliasesRule(reportAs("TOO_MANY_ALIASES", "aliases", limits.maxAliases));
  const directives = maxDirectivesRule(reportAs("TOO_MANY_DIRECTIVES", "directives", limits.maxDirectives));
  return {
    onParse: tokens.onParse as GatewayPlugin["onParse"],
    onValidate({ addValidationRule }) {
      addValidationRule(spreadSize);
      addValidationRule(depth);
      addValidationRule(introspectionDepth);
      addValidationRule(aliases);
      addValidationRule(directives);
    },
    onExecute({ args }) {
      checkCost(args, limits);
    },
    onSubscribe({ args }) {
      checkCost(args, limits);
    },
    onResultProcess({ result, setResult }) {
      // Yoga marks parse and validation errors as ones a JSON client gets with 200 (GraphQL over HTTP); a refusal is a 400 for every client.
      const errors = Array.isArray(result) ? undefined : (result as ExecutionResult).errors;
      if (errors?.some((error) => (LIMIT_CODES as readonly unknown[]).includes(error.extensions?.code))) {
        const single = result as ExecutionResult;
        setResult({ ...single, extensions: { ...single.extensions, http: { status: 400 } } });
      }
    },
  };
}
