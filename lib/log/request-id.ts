import { randomUUID } from "node:crypto";

/** The header a request id travels in, to the client and to every service behind the front door. */
export const REQUEST_ID_HEADER = "x-request-id";

/**
 * What a client may choose as its request id (a UUID, a trace id, a load balancer's id):
 * short and plain, so it cannot forge log lines or carry a payload into them.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The request id of an incoming request: the caller's when sane, a fresh UUID otherwise. */
export function requestIdOf(value: string | string[] | undefined): string {
  return typeof value === "string" && SANE_REQUEST_ID.test(value) ? value : randomUUID();
}

/** A request id a service was handed by the front door, if it is one (never generated here). */
export function forwardedRequestId(value: string | string[] | null | undefined): string | undefined {
  return typeof value === "string" && SANE_REQUEST_ID.test(value) ? value : undefined;
}
