import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { parse, print, type ExecutionArgs } from "graphql";
import { isPublic } from "../../lib/auth/identity";
import { identityOf } from "../plugins/use-identity";
import { limitError } from "./limit-error";

/** The hash clients send: SHA-256 of the document text, hex, as Apollo's automatic persisted queries use. */
export const persistedHash = (document: string): string => createHash("sha256").update(document, "utf8").digest("hex");

export interface PersistedManifest {
  /** Hash → document text, as sent. */
  byHash: ReadonlyMap<string, string>;
  /** Each document printed by graphql-js: the same operation sent as text, whatever its spacing. */
  printed: ReadonlySet<string>;
}

/**
 * Reads a manifest: a JSON object of hash → document (Relay's form), or Apollo's persisted query
 * manifest (`{ operations: [{ id, body }] }`). Every hash must be the SHA-256 of its document,
 * so a client can compute it; a wrong one stops the start with the entries named.
 */
export function loadPersistedManifest(path: string): PersistedManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`SERIALHUB_PERSISTED_OPERATIONS: cannot read ${path} as JSON (${(error as Error).message})`);
  }
  const operations = (raw as { operations?: unknown })?.operations;
  const entries: [string, unknown][] = Array.isArray(operations)
    ? operations.map((operation: { id?: unknown; body?: unknown }) => [String(operation?.id), operation?.body])
    : Object.entries((raw ?? {}) as Record<string, unknown>);
  const byHash = new Map<string, string>();
  const printed = new Set<string>();
  const problems: string[] = [];
  for (const [hash, document] of entries) {
    if (typeof document !== "string" || persistedHash(document) !== hash.toLowerCase()) {
      problems.push(hash);
      continue;
    }
    byHash.set(hash.toLowerCase(), document);
    printed.add(print(parse(document)));
  }
  if (problems.length > 0 || byHash.size === 0) {
    throw new Error(
      `SERIALHUB_PERSISTED_OPERATIONS: ${path} must map the SHA-256 (hex) of each document to the document; ` +
        (problems.length > 0 ? `wrong or missing for ${problems.join(", ")}` : "it has no operations"),
    );
  }
  return { byHash, printed };
}

interface PersistedParams {
  documentId?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
}

/** `extensions.persistedQuery.sha256Hash` (Apollo APQ, version 1) or `documentId` (GraphQL over HTTP, optionally "sha256:…"). */
function requestedHash(params: PersistedParams): string | undefined {
  const apq = params.extensions?.persistedQuery;
  if (apq?.version === 1 && typeof apq.sha256Hash === "string") {
    return apq.sha256Hash.toLowerCase();
  }
  return typeof params.documentId === "string" ? params.documentId.replace(/^sha256:/, "").toLowerCase() : undefined;
}

/**
 * Persisted-operations mode. Anyone may name a manifest operation by its hash; a caller without
 * a token (the public) may run manifest operations only, by hash or as the same text; a token
 * holder may still send any document. The caller is known only once the context is built, so
 * the check runs where execution starts, still before any subgraph is asked.
 */
export function usePersistedOperations(manifest: PersistedManifest): GatewayPlugin {
  const check = (args: ExecutionArgs): void => {
    if (!isPublic(identityOf(args.contextValue))) {
      return;
    }
    const sent = (args.contextValue as { params?: { query?: unknown } } | undefined)?.params?.query;
    if ((typeof sent === "string" && manifest.byHash.has(persistedHash(sent))) || manifest.printed.has(print(args.document))) {
      return;
    }
    throw limitError(
      "PERSISTED_QUERY_REQUIRED",
      "Without a token only persisted operations run here: send the hash of one (extensions.persistedQuery.sha256Hash or documentId), or a token.",
    );
  };
  return {
    onParams({ params, setParams }) {
      const hash = requestedHash(params as PersistedParams);
      if (hash === undefined) {
        return;
      }
      // With the text sent too (an APQ client after PERSISTED_QUERY_NOT_FOUND), the text is what runs and is checked.
      const query = typeof params.query === "string" ? params.query : manifest.byHash.get(hash);
      if (query === undefined) {
        throw limitError("PERSISTED_QUERY_NOT_FOUND", `No persisted operation has the hash ${hash.slice(0, 64)}.`);
      }
      // Without documentId, which Yoga's parameter check would refuse as unknown.
      setParams({ query, operationName: params.operationName, variables: params.variables, extensions: params.extensions });
    },
    onExecute({ args }) {
      check(args);
    },
    onSubscribe({ args }) {
      check(args);
    },
  };
}
