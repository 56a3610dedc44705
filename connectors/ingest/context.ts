import type { IdentityContext } from "../../lib/auth/auth-checker";
import type { ConnectorRegistry } from "../core/registry";
import type { ApiKeyRepository } from "./api-keys/api-key.repository";
import type { ConnectorConfigRepository } from "./connector-config/connector-config.repository";
import type { InboxRepository } from "./inbox/inbox.repository";
import type { IngestMetrics } from "./pipeline/metrics";
import type { ReplayService } from "./rejected/replay.service";
import type { RejectedRepository } from "./rejected/rejected.repository";

/** The services of the ingest subgraph, made once when it starts. */
export interface IngestServices {
  registry: ConnectorRegistry;
  configs: ConnectorConfigRepository;
  inbox: InboxRepository;
  rejected: RejectedRepository;
  replay: ReplayService;
  metrics: IngestMetrics;
  apiKeys: ApiKeyRepository;
}

export type IngestContext = IdentityContext & IngestServices;
