import { buildFederatedSchema } from "../../lib/federation/build-federated-schema";
import type { SubgraphModule } from "../../lib/federation/subgraph-module";
import { ApiKeyResolver } from "./api-keys/api-key.resolver";
import { ConnectorConfigResolver } from "./connector-config/connector-config.resolver";
import type { IngestContext } from "./context";
import { wireIngest } from "./ingest.wiring";
import { CreateIngest1764160000400 } from "./migrations/1764160000400-create-ingest";
import { IngestPipeline1764240000400 } from "./migrations/1764240000400-ingest-pipeline";
import { ApiKeys1765000000400 } from "./migrations/1765000000400-api-keys";
import { RejectedResolver } from "./rejected/rejected.resolver";
import { IngestStatusResolver } from "./status/ingest-status.resolver";

/**
 * The ingest service is a subgraph too: its webhook routes take deliveries in, and its
 * GraphQL fields (configureConnector, rejectedDeliveries, replayRejected, ingestStatus)
 * manage them. It also keeps the tenants' API keys (createApiKey, apiKeys, revokeApiKey),
 * which the gateway resolves over a signed internal route. It owns no federated entity.
 */
export const ingestModule: SubgraphModule<IngestContext> = {
  name: "ingest",
  dir: "connectors/ingest",
  dbSchema: "ingest",
  entities: [],
  migrations: [CreateIngest1764160000400, IngestPipeline1764240000400, ApiKeys1765000000400],
  buildSchema: () => buildFederatedSchema({ resolvers: [ConnectorConfigResolver, RejectedResolver, IngestStatusResolver, ApiKeyResolver] }),
  wire: wireIngest,
};
