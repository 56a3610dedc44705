import { PinoLogWriter } from "@graphql-hive/logger/writers/pino";
import pino from "pino";
import { ConsoleLogWriter, Logger, type Attributes, type LogLevel as WriterLevel, type LogWriter } from "@graphql-hive/logger";
import type { LogLevel } from "../config/config";

export type { Logger };

/** Attribute paths that may carry credentials; they are masked wherever they appear in a log. */
export const REDACTED_PATHS = [
  "authorization",
  "headers.authorization",
  "connectionParams.authorization",
  "x-api-key",
  "headers.x-api-key",
  "connectionParams.x-api-key",
  "connectionParams.apiKey",
  "apiKey",
  "token",
  "secret",
  "password",
  // The gateway's debug lines carry operation variables, upstream bodies and results, where
  // connector secrets, new API keys and personal data travel: they are masked whole.
  "variables",
  "body",
  "data",
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

/** String literals of a GraphQL document (block strings first). */
const STRING_LITERALS = /"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"/g;

/**
 * A logged GraphQL document keeps its shape and loses its string literals: a client may
 * write a secret inline (`configureConnector(input: {secrets: ["…"]})`) instead of in variables.
 */
function withoutLiterals(attrs: Attributes): Attributes {
  const query = Array.isArray(attrs) ? undefined : (attrs as { query?: unknown }).query;
  return typeof query === "string" && query.includes('"') ? { ...(attrs as Record<string, unknown>), query: query.replace(STRING_LITERALS, '"…"') } : attrs;
}

/**
 * Masks REDACTED_PATHS as a line is written. The logger's own `redact` option compiles its
 * redactor again in every child logger, and the gateway makes several children per request:
 * that was 14 % of the gateway's CPU in the benchmark (bench/README.md).
 */
class RedactingWriter implements LogWriter {
  constructor(private readonly inner: LogWriter) {}

  write(level: WriterLevel, attrs: Attributes | null | undefined, msg: string | null | undefined): void | Promise<void> {
    return this.inner.write(level, attrs ? withoutLiterals(redactAttributes(attrs)) : attrs, msg);
  }

  flush(): void | Promise<void> {
    return this.inner.flush?.();
  }
}

/**
 * Paths pino masks as well, at any depth the fixed REDACTED_PATHS do not reach (a header
 * object nested in a request, say). Compiled once: the writer logs through the root logger.
 */
const PINO_REDACT = ["*.authorization", "*.*.authorization", "*.cookie", "*.*.cookie", '*["x-api-key"]', '*.*["x-api-key"]', "*.password", "*.secret", "*.token"];

/**
 * Structured JSON lines through pino: ISO time, level as a word, the attributes of the line
 * (requestId, service prefix in the message) at the top level. `destination` is stdout
 * unless given (tests capture it).
 */
export function pinoWriter(destination?: pino.DestinationStream): LogWriter {
  const logger = pino(
    {
      // The hub's Logger filters by LOG_LEVEL before anything reaches pino.
      level: "trace",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: PINO_REDACT, censor: CENSOR },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return new PinoLogWriter(logger);
}

/**
 * One logger for every service (the gateway's own). `LOG_JSON=1` writes JSON lines through
 * pino, which is what a container platform wants; the default is readable console output.
 */
export function createLogger(level: LogLevel | false, json = false, writer?: LogWriter): Logger {
  return new Logger({
    level,
    writers: [new RedactingWriter(writer ?? (json ? pinoWriter() : new ConsoleLogWriter()))],
  });
}
