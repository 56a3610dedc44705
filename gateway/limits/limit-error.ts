import { GraphQLError } from "graphql";
import { HubError, type ErrorCode } from "../../lib/errors/hub-error";

export const LIMIT_CODES = [
  "OPERATION_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_TOKENS",
  "TOO_MANY_DIRECTIVES",
  "OPERATION_TOO_COSTLY",
  "BATCH_TOO_LARGE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_REQUIRED",
] as const satisfies readonly ErrorCode[];
export type LimitCode = (typeof LIMIT_CODES)[number];

/**
 * A request refused before execution, with its code and figures in `extensions`. The HTTP
 * status travels in `extensions.http` (Yoga sends it and strips it from the body); see
 * useLimitStatus for the errors Yoga raises while parsing and validating.
 */
export function limitError(code: LimitCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  const error = new HubError(code, message, details);
  return new GraphQLError(error.message, { extensions: { ...details, code, http: { status: error.httpStatus } } });
}
