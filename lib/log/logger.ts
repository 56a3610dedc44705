import { ConsoleLogWriter, JSONLogWriter, Logger, type Attributes, type LogLevel as WriterLevel, type LogWriter } from "@graphql-hive/logger";
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

const CENSOR = "[Redacted]";
const PATHS = REDACTED_PATHS.map((path) => path.split("."));

/** A copy of `attrs` with every redacted path masked; objects off those paths are shared, not copied. */
export function redactAttributes(attrs: Attributes): Attributes {
  if (Array.isArray(attrs)) {
    return attrs;
  }
  let out: Record<string, unknown> = attrs;
  for (const path of PATHS) {
    const parents: Record<string, unknown>[] = [out];
    for (const key of path.slice(0, -1)) {
      const next = parents[parents.length - 1][key];
      if (!next || typeof next !== "object") {
        break;
      }
      parents.push(next as Record<string, unknown>);
    }
    if (parents.length !== path.length || !(path[path.length - 1] in parents[parents.length - 1])) {
      continue;
    }
    let value: unknown = CENSOR;
    for (let depth = path.length - 1; depth >= 0; depth -= 1) {
      value = { ...parents[depth], [path[depth]]: value };
    }
    out = value as Record<string, unknown>;
  }
  return out;
}

/**
 * Masks REDACTED_PATHS as a line is written. The logger's own `redact` option compiles its
 * redactor again in every child logger, and the gateway makes several children per request:
 * that was 14 % of the gateway's CPU in the benchmark (bench/README.md).
 */
class RedactingWriter implements LogWriter {
  constructor(private readonly inner: LogWriter) {}

  write(level: WriterLevel, attrs: Attributes | null | undefined, msg: string | null | undefined): void | Promise<void> {
    return this.inner.write(level, attrs ? redactAttributes(attrs) : attrs, msg);
  }

  flush(): void | Promise<void> {
    return this.inner.flush?.();
  }
}

/**
 * One logger for every service (the gateway's own). `LOG_JSON=1` writes JSON lines, which
 * is what a container platform wants; the default is readable console output.
 */
export function createLogger(level: LogLevel | false, json = false, writer?: LogWriter): Logger {
  return new Logger({
    level,
    writers: [new RedactingWriter(writer ?? (json ? new JSONLogWriter() : new ConsoleLogWriter()))],
  });
}
