import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { HubError, toGraphQLError } from "../../lib/errors/hub-error";
import { identityOf } from "../plugins/use-identity";
import type { CodeCheckLimiter, CodeCheckVerdict } from "./code-check-limiter";
import { codeChecksIn } from "./code-checks-in";

/** The error a refused operation gets: RATE_LIMITED, HTTP 429 with Retry-After (over graphql-ws, the error alone). */
export function rateLimitedError(verdict: CodeCheckVerdict, checks: number) {
  const error = toGraphQLError(
    new HubError(
      "RATE_LIMITED",
      `Too many code checks from this client (budget ${verdict.budget}${checks > 1 ? `; this operation asks for ${checks}` : ""}): retry in ${verdict.retryAfterSeconds} s.`,
      { retryAfter: verdict.retryAfterSeconds },
    ),
  );
  // Yoga turns extensions.http into the response status and headers, and leaves it out of the body.
  Object.assign(error.extensions, { http: { status: 429, headers: { "retry-after": String(verdict.retryAfterSeconds) } } });
  return error;
}

/**
 * Charges each operation the code checks it selects (verify, lookup; aliases count one each)
 * against the caller's budget before it runs; over budget, nothing runs and no subgraph is asked.
 * An operation is refused whole, never cut down to the checks the budget has left.
 */
export function useCodeCheckLimits(limiter: CodeCheckLimiter): GatewayPlugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const checks = codeChecksIn(args.document, args.operationName);
      if (checks === 0) {
        return;
      }
      const verdict = await limiter.take(identityOf(args.contextValue), checks);
      if (!verdict.allowed) {
        setResultAndStopExecution({ errors: [rateLimitedError(verdict, checks)] });
      }
    },
  };
}
