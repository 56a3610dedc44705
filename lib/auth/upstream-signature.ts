import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { canonicalJson } from "../canonical-json";
import { header, IDENTITY_HEADERS, type HeaderBag } from "./identity";

/** Where the signature travels: `extensions["hmac-signature"]` of the upstream request body. */
export const SIGNATURE_EXTENSION = "hmac-signature";

/** Where the front door puts its signature on a REST request it forwards. */
export const REST_SIGNATURE_HEADER = "x-serialhub-signature";

/** When the request was signed, Unix milliseconds: signed, so a captured request ages out. */
export const SIGNED_AT_HEADER = "x-serialhub-signed-at";

/** SHA-256 of a forwarded REST request's body, hex: signed, so a signed request cannot carry another body. */
export const BODY_DIGEST_HEADER = "x-serialhub-body-sha256";

/**
 * How far a signature's timestamp may lie from the receiver's clock, either way. A captured
 * request can be replayed within this window only; the hub's processes share one host or NTP.
 */
export const SIGNATURE_WINDOW_MS = 60_000;

const identityOf = (headers: HeaderBag) => [
  header(headers, IDENTITY_HEADERS.tenant),
  header(headers, IDENTITY_HEADERS.sub),
  header(headers, IDENTITY_HEADERS.roles),
  header(headers, IDENTITY_HEADERS.client),
];

/**
 * What is signed: the operation text, its variables, the identity headers and the signing
 * time. Signing the identity too means a captured body cannot be replayed under another
 * tenant; signing the time, that it cannot be replayed later than SIGNATURE_WINDOW_MS.
 */
export function signingPayload(query: string, variables: unknown, headers: HeaderBag): string {
  const hasVariables = variables !== null && typeof variables === "object" && Object.keys(variables).length > 0;
  return canonicalJson({
    query,
    variables: hasVariables ? variables : null,
    identity: identityOf(headers),
    signedAt: header(headers, SIGNED_AT_HEADER),
  });
}

/** A forwarded REST request is signed over its method, path and query, its body's digest, the identity and the time. */
export const restSigningPayload = (method: string, url: string, headers: HeaderBag): string =>
  canonicalJson({
    request: `${method.toUpperCase()} ${url}`,
    body: header(headers, BODY_DIGEST_HEADER),
    identity: identityOf(headers),
    signedAt: header(headers, SIGNED_AT_HEADER),
  });

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

/** `headers` with the signing time added (now, unless told). */
export const stamped = <T extends Record<string, string>>(headers: T, at: number = Date.now()): T & Record<typeof SIGNED_AT_HEADER, string> => ({
  ...headers,
  [SIGNED_AT_HEADER]: String(at),
});

export const bodyDigest = (body: Buffer | string): string => createHash("sha256").update(body).digest("hex");

/** The digest a request without a body carries (GET, HEAD, a bodiless POST). */
export const EMPTY_BODY_DIGEST = bodyDigest("");

/** The headers of a signed REST request: identity, signing time, body digest and the signature over them. */
export function signedRestHeaders(
  secret: string,
  method: string,
  url: string,
  identityHeaders: Record<string, string>,
  body: Buffer | string = "",
  at: number = Date.now(),
): Record<string, string> {
  const headers = { ...stamped(identityHeaders, at), [BODY_DIGEST_HEADER]: bodyDigest(body) };
  return { ...headers, [REST_SIGNATURE_HEADER]: sign(secret, restSigningPayload(method, url, headers)) };
}

export const INVALID_SIGNATURE = "Missing or invalid upstream signature.";

/** Why a correctly signed request is refused for its time (stale, or from a clock ahead), or undefined. */
export function timeProblem(headers: HeaderBag, now: number = Date.now(), windowMs: number = SIGNATURE_WINDOW_MS): string | undefined {
  const signedAt = header(headers, SIGNED_AT_HEADER);
  if (!/^\d{1,15}$/.test(signedAt)) {
    return `The upstream signature carries no signing time (${SIGNED_AT_HEADER}, Unix milliseconds).`;
  }
  const age = now - Number(signedAt);
  if (Math.abs(age) <= windowMs) {
    return undefined;
  }
  const seconds = (ms: number) => (Math.abs(ms) / 1000).toFixed(1);
  return age > 0
    ? `The upstream signature is stale: signed ${seconds(age)} s ago, outside the ${windowMs / 1000} s window (a replayed request?).`
    : `The upstream signature is dated ${seconds(age)} s ahead, outside the ${windowMs / 1000} s window (clocks out of step?).`;
}

/** Why an upstream request is refused (bad or missing HMAC first, then its time), or undefined when it may go on. */
export function signatureProblem(secret: string, payload: string, signature: unknown, headers: HeaderBag, now?: number): string | undefined {
  return verifySignature(secret, payload, signature) ? timeProblem(headers, now) : INVALID_SIGNATURE;
}
