import { Sealer } from "../../lib/crypto/sealed";
import { opsMetrics } from "../../lib/metrics/ops-metrics";
import type { SubgraphDeps, SubgraphWiring } from "../../lib/federation/subgraph-module";
import { connectorRegistry } from "../connectors";
import { ApiKeyRepository } from "./api-keys/api-key.repository";
import { apiKeyRoutes } from "./api-keys/api-key.routes";
import { ConnectorConfigRepository } from "./connector-config/connector-config.repository";
import type { IngestContext, IngestServices } from "./context";
import { InboxRepository } from "./inbox/inbox.repository";
import { captureRoutes, webhookRoutes } from "./ingest.routes";
import { SkuCatalogue } from "./pipeline/catalogue";
import { SerialsHandoff } from "./pipeline/handoff";
import { IngestMetrics } from "./pipeline/metrics";
import { Receiver } from "./pipeline/receiver";
import { IngestWorker } from "./pipeline/worker";
import { RejectedRepository } from "./rejected/rejected.repository";
import { ReplayService } from "./rejected/replay.service";

/** Builds the ingest service: receive path, inbox worker, and the admin API. */
export function wireIngest({ dataSource, log, peers, upstreamSecret, masterKey }: SubgraphDeps): SubgraphWiring<IngestContext> {
  const registry = connectorRegistry();
  const configs = new ConnectorConfigRepository(dataSource, new Sealer(masterKey));
  const inbox = new InboxRepository(dataSource);
  const rejected = new RejectedRepository(dataSource);
  const catalogue = new SkuCatalogue(() => peers.products, upstreamSecret);
  const metrics = new IngestMetrics();
  const worker = new IngestWorker({
    registry,
    configs,
    inbox,
    rejected,
    catalogue,
    handoff: new SerialsHandoff(() => peers.serials, upstreamSecret),
    metrics,
    log,
  });
  const onStored = () => worker.kick();
  const receiver = new Receiver({ registry, configs, inbox, rejected, catalogue, metrics, log, onStored });
  const replay = new ReplayService({ registry, configs, inbox, rejected, receiver, onStored });
  const apiKeys = new ApiKeyRepository(dataSource);
  const services: IngestServices = { registry, configs, inbox, rejected, replay, metrics, apiKeys };
  const routeDeps = { receiver, inbox, metrics, log };
  let unregisterBacklog = () => {};
  return {
    context: (identity) => ({ ...services, identity }),
    openRoutes: (router) => webhookRoutes(router, routeDeps),
    routes: (router) => {
      captureRoutes(router, routeDeps);
      apiKeyRoutes(router, apiKeys);
    },
    start: () => {
      worker.start();
      // All tenants together, for the operator's /metrics (a tenant's own is at /metrics with a token).
      unregisterBacklog = opsMetrics().addBacklog(() => inbox.backlog());
    },
    stop: () => {
      unregisterBacklog();
      return worker.stop();
    },
  };
}
