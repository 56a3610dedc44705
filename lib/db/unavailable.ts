/**
 * PostgreSQL error classes that mean "the database is not there right now", not "this
 * statement is wrong": 08 connection exception, 57P01–57P03 (server shutting down,
 * crashed, starting up), 53300 too many connections.
 */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[123]$|53300$)/;

/** Socket errors of a connection that could not be made or was cut. */
const UNAVAILABLE_ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/** node-postgres says these in words only. */
const UNAVAILABLE_WORDS = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down|in recovery mode)/i;

/**
 * True when `error` (or what it wraps: TypeORM's driverError, GraphQL's originalError, a
 * cause) says the database, or a service reached over a socket, could not be reached: the
 * caller answers 503 (SERVICE_UNAVAILABLE) and the client retries, instead of an INTERNAL.
 */
export function isServiceUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth += 1) {
    const { code, message, driverError, originalError, thrownValue, cause } = current as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      originalError?: unknown;
      /** graphql-js wraps a thrown value that is not an Error of its realm (NonErrorThrown). */
      thrownValue?: unknown;
      cause?: unknown;
    };
    if (typeof code === "string" && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) {
      return true;
    }
    if (typeof message === "string" && UNAVAILABLE_WORDS.test(message)) {
      return true;
    }
    current = driverError ?? originalError ?? thrownValue ?? cause;
  }
  return false;
}
