/** Any base will do: only the path and query of the request are kept. */
const BASE = "http://front-door.invalid";

/** A `.` or `..` segment, as the URL parser reads one: `%2e` is a dot, tabs and newlines are dropped. */
const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;

export type RequestTarget = { ok: true; path: string; target: string } | { ok: false; problem: string };

/**
 * The one form of a request's path and query that the front door routes on, signs and sends
 * on. The URL parser the forwarding uses rewrites what a client sends (percent-encodes `"` and
 * `<`, resolves `..`, reads `\` as `/`), so routing and signing the raw text while sending the
 * parsed one would let `/metrics/../internal/…` pass for an ingest route and fail honest
 * paths' signatures. Paths the parser would move elsewhere (dot segments, backslashes, an
 * authority) are refused instead; anything else is used in its parsed form throughout.
 */
export function requestTarget(raw: string | undefined): RequestTarget {
  const url = raw ?? "/";
  if (!url.startsWith("/") || url.startsWith("//")) {
    return { ok: false, problem: "The request target must be a path starting with a single /." };
  }
  const rawPath = url.split("?")[0];
  if (rawPath.includes("\\")) {
    return { ok: false, problem: "The path must not contain a backslash." };
  }
  if (rawPath.replace(/[\t\n\r]/g, "").split("/").some((segment) => DOT_SEGMENT.test(segment))) {
    return { ok: false, problem: "The path must not contain . or .. segments." };
  }
  const parsed = new URL(url, BASE);
  return { ok: true, path: parsed.pathname, target: `${parsed.pathname}${parsed.search}` };
}
