import { buildFederatedSchema } from "../../lib/federation/build-federated-schema";
import type { SubgraphModule } from "../../lib/federation/subgraph-module";
import type { WarrantyContext } from "./context";
import { Coverage } from "./coverage/coverage.entity";
import { createCoverageLoader } from "./coverage/coverage.loader";
import { CoverageRepository } from "./coverage/coverage.repository";
import { SerialWarrantyResolver } from "./coverage/coverage.resolver";
import { CreateWarranty1764160000200 } from "./migrations/1764160000200-create-warranty";
import { resolveSerialReference } from "./serial/serial.reference";
import { Serial } from "./serial/serial.stub";

export const warrantyModule: SubgraphModule<WarrantyContext> = {
  name: "warranty",
  dir: "subgraphs/warranty",
  dbSchema: "warranty",
  entities: [Coverage],
  migrations: [CreateWarranty1764160000200],
  buildSchema: () =>
    buildFederatedSchema(
      // Serial is reached only through _entities, so it must be named to be emitted.
      { resolvers: [SerialWarrantyResolver], orphanedTypes: [Serial] },
      { Serial: { __resolveReference: resolveSerialReference } },
    ),
  wire({ dataSource }) {
    const coverages = new CoverageRepository(dataSource);
    return { context: (identity) => ({ identity, loaders: { coverage: createCoverageLoader(coverages, identity.tenant) } }) };
  },
};
