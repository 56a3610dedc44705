import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { projectPath } from "../../lib/paths";

/** Where `npm run build` (vite) puts the front end; tsc owns dist/web. */
export const WEB_ROOT = projectPath("dist", "static");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** The dashboard loads only its own files and talks only to this hub (GraphQL over HTTP and WebSocket). */
const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The front end's paths: the dashboard page and the built assets (also the verification page's script). */
export const isStaticPath = (path: string): boolean => path === "/dashboard" || path === "/dashboard/" || path.startsWith("/assets/");

function fileFor(path: string): string | undefined {
  if (path === "/dashboard" || path === "/dashboard/") {
    return join(WEB_ROOT, "dashboard.html");
  }
  const file = normalize(join(WEB_ROOT, decodeURIComponent(path)));
  return file.startsWith(join(WEB_ROOT, "assets") + sep) ? file : undefined;
}

/**
 * Serves the Vite-built files. Names are stable (no content hash), so every response carries
 * an ETag and browsers revalidate: a rebuilt front end is picked up at the next load.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, path: string): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  let file: string | undefined;
  try {
    file = fileFor(path);
  } catch {
    file = undefined;
  }
  const stats = file ? statSync(file, { throwIfNoEntry: false }) : undefined;
  if (!file || !stats?.isFile()) {
    const missing = path.startsWith("/dashboard") ? "The dashboard is not built: run npm run build." : "Not found.";
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(missing);
    return;
  }
  const etag = `"${stats.size.toString(16)}-${stats.mtimeMs.toString(16)}"`;
  const headers: Record<string, string> = {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
    etag,
    "x-content-type-options": "nosniff",
  };
  if (file.endsWith(".html")) {
    headers["content-security-policy"] = DASHBOARD_CSP;
    headers["referrer-policy"] = "no-referrer";
  }
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, "content-length": String(stats.size) });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
