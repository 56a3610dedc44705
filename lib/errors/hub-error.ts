import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { isServiceUnavailable } from "../db/unavailable";

/** Operation limits at the gateway (docs/security/operation-limits.md): refused before execution. */
export const LIMIT_CODES = [
  "OPERATION_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_TOKENS",
  "TOO_MANY_DIRECTIVES",
  "OPERATION_TOO_COSTLY",
  "BATCH_TOO_LARGE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_REQUIRED",
] as const;

/** The codes clients see in `extensions.code`; the list is part of the public API. */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "BAD_CODE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL",
  ...LIMIT_CODES,
  "SERVICE_UNAVAILABLE",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  BAD_CODE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  OPERATION_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_TOKENS: 400,
  TOO_MANY_DIRECTIVES: 400,
  OPERATION_TOO_COSTLY: 400,
  BATCH_TOO_LARGE: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  PERSISTED_QUERY_REQUIRED: 400,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * The one error type of the hub. `details` travels to the client in `extensions`
 * (field names, paths, per-item errors), so it must never carry secrets.
 */
export class HubError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "HubError";
    Object.setPrototypeOf(this, new.target.prototype);
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export const badInput = (message: string, details?: Record<string, unknown>): HubError =>
  new HubError("BAD_USER_INPUT", message, details);

/** Finds a HubError behind GraphQL's wrapping. */
export function unwrapHubError(error: unknown): HubError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof HubError) {
      return current;
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** What a client reads when the database (or a service behind this one) cannot be reached. */
export const UNAVAILABLE_MESSAGE = "The service is temporarily unavailable; retry shortly.";

/**
 * Apollo `formatError`: a HubError keeps its message and gets its code; GraphQL's own
 * validation errors keep theirs; anything else is masked as INTERNAL so stack traces,
 * SQL and secrets never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const hubError = unwrapHubError(error);
  if (hubError) {
    return {
      ...formatted,
      message: hubError.message,
      extensions: { ...hubError.details, code: hubError.code },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") {
    return formatted;
  }
  // The database went away mid-request: the client may retry, which an INTERNAL would not tell it.
  if (isServiceUnavailable(error)) {
    return { message: UNAVAILABLE_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE" } };
  }
  return {
    message: "Internal error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL" },
  };
}

/** For places outside a resolver that must answer with a GraphQL error body. */
export function toGraphQLError(error: HubError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.details, code: error.code } });
}
