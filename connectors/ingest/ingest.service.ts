import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createDataSource, migrate } from "../../lib/db/data-source";
import type { RunningService } from "../../lib/federation/start-subgraph";
import type { Logger } from "../../lib/log/logger";
import { CreateIngest1764160000400 } from "./migrations/1764160000400-create-ingest";

export interface IngestOptions {
  databaseUrl: string;
  host: string;
  port: number;
  poolSize: number;
  log: Logger;
}

/**
 * The ingest service: owns the `ingest` schema (inbox and rejected deliveries). No
 * connector is registered yet, so every webhook route answers 404 naming the connector.
 */
export async function startIngest(options: IngestOptions): Promise<RunningService> {
  const log = options.log.child("[ingest] ");
  const dataSource = createDataSource({
    url: options.databaseUrl,
    schema: "ingest",
    entities: [],
    migrations: [CreateIngest1764160000400],
    poolSize: options.poolSize,
    applicationName: "serialhub-ingest",
  });
  await dataSource.initialize();
  try {
    await migrate(dataSource, "ingest");
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", async (_req, res) => {
    const ready = await dataSource.query("SELECT 1").then(() => true, () => false);
    res.status(ready ? 200 : 503).json({ service: "ingest", status: ready ? "ok" : "unavailable" });
  });
  app.post("/webhooks/:tenant/:connector", (req, res) => {
    res.status(404).json({ error: `No connector "${req.params.connector}" is available on this hub.` });
  });
  app.post("/epcis/capture", (_req, res) => {
    res.status(501).json({ error: "EPCIS capture over REST is not available yet; use the captureEvents mutation." });
  });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host === "0.0.0.0" ? "127.0.0.1" : options.host}:${port}`;
  log.info(`ingest listening on ${url}`);
  return {
    name: "ingest",
    url,
    async close() {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dataSource.destroy();
    },
  };
}
