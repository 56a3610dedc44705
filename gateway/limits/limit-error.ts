import { GraphQLError } from "graphql";
import { HubError, type LIMIT_CODES } from "../../lib/errors/hub-error";

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
