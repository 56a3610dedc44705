import { buildFederatedSchema } from "../../lib/federation/build-federated-schema";
import type { SubgraphModule } from "../../lib/federation/subgraph-module";
import type { RecallsContext } from "./context";
import { CreateRecalls1764160000300 } from "./migrations/1764160000300-create-recalls";
import { Product } from "./product/product.stub";
import { Recall } from "./recall/recall.entity";
import { createRecallLoaders } from "./recall/recall.loader";
import { RecallRepository } from "./recall/recall.repository";
import { ProductRecallsResolver, RecallResolver, SerialRecallsResolver } from "./recall/recall.resolver";
import { Serial } from "./serial/serial.stub";

export const recallsModule: SubgraphModule<RecallsContext> = {
  name: "recalls",
  dir: "subgraphs/recalls",
  dbSchema: "recalls",
  entities: [Recall],
  migrations: [CreateRecalls1764160000300],
  buildSchema: () =>
    buildFederatedSchema(
      // Product and Serial are reached only through _entities, so they must be named to be emitted.
      { resolvers: [RecallResolver, ProductRecallsResolver, SerialRecallsResolver], orphanedTypes: [Product, Serial] },
      {
        Recall: { __resolveReference: (ref: { id: string }, context: RecallsContext) => context.loaders.byId.load(ref.id) },
        Product: { __resolveReference: (ref: Product) => ({ gtin: ref.gtin }) },
        Serial: { __resolveReference: (ref: Serial) => ({ gtin: ref.gtin, serial: ref.serial }) },
      },
    ),
  wire({ dataSource }) {
    const recalls = new RecallRepository(dataSource);
    return { context: (identity) => ({ identity, recalls, loaders: createRecallLoaders(recalls, identity.tenant) }) };
  },
};
