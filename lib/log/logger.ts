import { JSONLogWriter, Logger } from "@graphql-hive/logger";
import type { LogLevel } from "../config/config";

export type { Logger };

/** Attribute paths that may carry credentials; they are masked wherever they appear in a log. */
export const REDACTED_PATHS = [
  "authorization",
  "headers.authorization",
  "connectionParams.authorization",
  "token",
  "secret",
  "password",
];

/**
 * One logger for every service (the gateway's own). `LOG_JSON=1` writes JSON lines, which
 * is what a container platform wants; the default is readable console output.
 */
export function createLogger(level: LogLevel | false, json = false): Logger {
  return new Logger({
    level,
    redact: REDACTED_PATHS,
    ...(json ? { writers: [new JSONLogWriter()] } : {}),
  });
}
