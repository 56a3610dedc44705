import { print, type DocumentNode } from "graphql";
import { ReportProblemDocument, VerifyDocument } from "../../clients/generated/graphql";
import { persistedHash } from "./persisted-operations";

/**
 * What the public pages send without a token (web/client/verify: the verdict and the problem
 * report), as the shipped persisted-operations manifest (gateway/limits/public-operations.json).
 */
export const PUBLIC_OPERATIONS: readonly DocumentNode[] = [VerifyDocument, ReportProblemDocument];

/** Hash → text, the text exactly as the clients print it before sending (clients/client.ts, web/client/shared/hub-client.ts). */
export function publicManifest(): Record<string, string> {
  return Object.fromEntries(PUBLIC_OPERATIONS.map((document) => print(document)).map((text) => [persistedHash(text), text]));
}
