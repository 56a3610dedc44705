import { MAX_LISTED_SERIALS } from "../recalls/recall-unit-state";

const KIB = 1024;
const MIB = 1024 * KIB;

/** "Report a problem" forms posted to a Digital Link page (serials, digital-link.routes.ts). */
export const DIGITAL_LINK_FORM_MAX_BYTES = 16 * KIB;

/** An EPCIS document to POST /epcis/capture: the epcis connector's edge limit (ingest; a spec holds them equal). */
export const EPCIS_CAPTURE_MAX_BYTES = 32 * MIB;

/**
 * A serial list CSV to POST /recalls/serial-lists. The route counts serials, not bytes
 * (MAX_LISTED_SERIALS); its longest line, `"<gtin-14>","<20 quotes, doubled>"` and CRLF, is
 * 61 bytes, so 64 bytes a serial holds any list the route would take.
 */
export const SERIAL_LIST_MAX_BYTES = MAX_LISTED_SERIALS * 64;

/** Any other route behind the front door reads no body; a small one still reaches it (and its 404 or 405). */
const OTHER_ROUTE_MAX_BYTES = 64 * KIB;

/** The request bodies the REST routes behind the front door take, by path (query string excluded). */
const LIMITS: readonly { path: RegExp; maxBytes: number; route: string }[] = [
  { path: /^\/01\//, maxBytes: DIGITAL_LINK_FORM_MAX_BYTES, route: "Digital Link report form" },
  { path: /^\/epcis\/capture\/?$/, maxBytes: EPCIS_CAPTURE_MAX_BYTES, route: "EPCIS capture" },
  { path: /^\/recalls\/serial-lists\/?$/, maxBytes: SERIAL_LIST_MAX_BYTES, route: "serial list upload" },
];

/** The largest body a signed REST request to `path` may carry: the front door buffers this much at most. */
export function restBodyLimit(path: string): { maxBytes: number; route: string } {
  return LIMITS.find((limit) => limit.path.test(path)) ?? { maxBytes: OTHER_ROUTE_MAX_BYTES, route: "this route" };
}

/** The largest body a service reads to check a signed REST request's digest, whatever its route. */
export const MAX_SIGNED_BODY_BYTES = Math.max(OTHER_ROUTE_MAX_BYTES, ...LIMITS.map((limit) => limit.maxBytes));
