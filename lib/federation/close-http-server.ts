import type { Server } from "node:http";

/** How long in-flight HTTP requests may take to finish once a shutdown starts. @default 10000 */
export const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Stops accepting connections at once, lets requests in flight finish, and resolves when
 * the last connection is gone. A keep-alive connection stays open after its response, so
 * idle ones are swept as they become idle; whatever still runs after `timeoutMs` (a stuck
 * upstream, a long SSE stream) is cut. Resolves true when it had to cut.
 */
export function closeHttpServer(server: Server, timeoutMs = DRAIN_TIMEOUT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    let forced = false;
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const force = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(force);
      resolve(forced);
    });
    server.closeIdleConnections();
  });
}
