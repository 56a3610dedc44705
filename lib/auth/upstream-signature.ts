import { createHmac, timingSafeEqual } from "node:crypto";
import { canonicalJson } from "../canonical-json";
import { IDENTITY_HEADERS } from "./identity";

/** Where the signature travels: `extensions["hmac-signature"]` of the upstream request body. */
export const SIGNATURE_EXTENSION = "hmac-signature";

type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * What is signed: the operation text, its variables and the identity headers. Signing the
 * identity too means a captured body cannot be replayed under another tenant.
 */
export function signingPayload(query: string, variables: unknown, headers: HeaderBag): string {
  const pick = (name: string) => {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  const hasVariables = variables !== null && typeof variables === "object" && Object.keys(variables).length > 0;
  return canonicalJson({
    query,
    variables: hasVariables ? variables : null,
    identity: [pick(IDENTITY_HEADERS.tenant), pick(IDENTITY_HEADERS.sub), pick(IDENTITY_HEADERS.roles), pick(IDENTITY_HEADERS.client)],
  });
}

export function sign(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64");
}

export function verifySignature(secret: string, payload: string, signature: unknown): boolean {
  if (typeof signature !== "string" || signature === "") {
    return false;
  }
  const expected = Buffer.from(sign(secret, payload), "base64");
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Where the front door puts its signature on a REST request it forwards. */
export const REST_SIGNATURE_HEADER = "x-serialhub-signature";

/** A forwarded REST request is signed over its method, path and query, and the identity. */
export const restSigningPayload = (method: string, url: string, headers: HeaderBag): string =>
  signingPayload(`${method.toUpperCase()} ${url}`, null, headers);
