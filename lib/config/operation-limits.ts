import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { projectPath } from "../paths";

/** What one GraphQL request may ask of the gateway (docs/security/operation-limits.md). */
export interface OperationLimits {
  /** Nesting of fields; introspection-only selections (`__schema`) are not counted. */
  maxDepth: number;
  maxAliases: number;
  /**
   * Lexical tokens of the document (names, punctuation, values); also the most fields an
   * operation may have with its fragments written out (gateway/limits/spread-size.ts).
   */
  maxTokens: number;
  maxDirectives: number;
  /** Estimated objects the operation may return (see gateway/limits/operation-cost.ts). */
  maxCost: number;
  /** Assumed length of a list that has no `first` argument, for the cost estimate. */
  listSize: number;
  /** Operations in one HTTP batch (a JSON array body). */
  maxBatch: number;
}

/**
 * Defaults: the largest operation the clients, the web pages and the tests send, with room to
 * grow (their figures are in docs/security/operation-limits.md), and far below what a bomb needs.
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = Object.freeze({
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 5000,
  listSize: 10,
  maxBatch: 10,
});

export const OPERATION_LIMIT_VARS: Record<keyof OperationLimits, string> = {
  maxDepth: "SERIALHUB_MAX_DEPTH",
  maxAliases: "SERIALHUB_MAX_ALIASES",
  maxTokens: "SERIALHUB_MAX_TOKENS",
  maxDirectives: "SERIALHUB_MAX_DIRECTIVES",
  maxCost: "SERIALHUB_MAX_COST",
  listSize: "SERIALHUB_LIST_SIZE",
  maxBatch: "SERIALHUB_MAX_BATCH",
};

/** The manifest shipped for the public pages (verification page: Verify, ReportProblem). */
export const SHIPPED_PERSISTED_OPERATIONS = "gateway/limits/public-operations.json";

type Env = Record<string, string | undefined>;

export function readOperationLimits(env: Env, problems: string[]): OperationLimits {
  const limits = { ...DEFAULT_OPERATION_LIMITS };
  for (const [key, name] of Object.entries(OPERATION_LIMIT_VARS) as [keyof OperationLimits, string][]) {
    const raw = env[name];
    if (raw === undefined || raw === "") {
      continue;
    }
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) {
      problems.push(`${name} must be a whole number of at least 1, got "${raw}"`);
      continue;
    }
    limits[key] = value;
  }
  return Object.freeze(limits);
}

/**
 * SERIALHUB_PERSISTED_OPERATIONS: unset or "off" (anyone may send any document), "on" (the
 * shipped manifest), or the path of a manifest (JSON object of sha256 hex → document).
 */
export function readPersistedOperations(env: Env, truthy: readonly string[], problems: string[]): string | undefined {
  const raw = (env.SERIALHUB_PERSISTED_OPERATIONS ?? "").trim();
  if (raw === "" || ["0", "false", "no", "off"].includes(raw.toLowerCase())) {
    return undefined;
  }
  const path = truthy.includes(raw.toLowerCase()) ? projectPath(SHIPPED_PERSISTED_OPERATIONS) : resolve(raw);
  if (!existsSync(path)) {
    problems.push(`SERIALHUB_PERSISTED_OPERATIONS names no file: ${path}`);
  }
  return path;
}
