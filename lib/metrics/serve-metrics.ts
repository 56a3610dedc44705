import type { ServerResponse } from "node:http";
import { opsMetrics } from "./ops-metrics";

/** Answers a scrape with this process's operational metrics (no tenant data in them). */
export async function serveOpsMetrics(res: ServerResponse): Promise<void> {
  try {
    const { contentType, body } = await opsMetrics().text();
    res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" }).end(body);
  } catch {
    res.writeHead(500, { "content-type": "text/plain" }).end("metrics unavailable\n");
  }
}
