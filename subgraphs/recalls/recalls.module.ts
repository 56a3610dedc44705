import { buildFederatedSchema } from "../../lib/federation/build-federated-schema";
import type { SubgraphModule } from "../../lib/federation/subgraph-module";
import type { RecallsContext } from "./context";
import { ProductCheck } from "./impact/product-check";
import { UnitImpactClient } from "./impact/unit-impact.client";
import { CreateRecalls1764160000300 } from "./migrations/1764160000300-create-recalls";
import { RecallScopes1764700000300 } from "./migrations/1764700000300-recall-scopes";
import { Product } from "./product/product.stub";
import { RecallAdminResolver } from "./recall/recall-admin.resolver";
import { RecallFieldsResolver } from "./recall/recall-fields.resolver";
import { Recall } from "./recall/recall.entity";
import { createRecallLoaders } from "./recall/recall.loader";
import { RecallRepository } from "./recall/recall.repository";
import { ProductRecallsResolver, RecallResolver, SerialRecallsResolver } from "./recall/recall.resolver";
import { RecallService } from "./recall/recall.service";
import { ScopeRepository } from "./scope/scope.repository";
import { SerialListRepository } from "./serial-list/serial-list.repository";
import { serialListRoutes } from "./serial-list/serial-list.routes";
import { Serial } from "./serial/serial.stub";

/** A unit reference as the gateway sends it: with lot and commissioning time (@requires on Serial.recalls). */
const serialReference = (ref: Serial) => ({ gtin: ref.gtin, serial: ref.serial, lot: ref.lot ?? null, commissionedAt: ref.commissionedAt ?? null });

export const recallsModule: SubgraphModule<RecallsContext> = {
  name: "recalls",
  dir: "subgraphs/recalls",
  dbSchema: "recalls",
  entities: [Recall],
  migrations: [CreateRecalls1764160000300, RecallScopes1764700000300],
  buildSchema: () =>
    buildFederatedSchema(
      // Product and Serial are reached only through _entities, so they must be named to be emitted.
      {
        resolvers: [RecallResolver, RecallAdminResolver, RecallFieldsResolver, ProductRecallsResolver, SerialRecallsResolver],
        orphanedTypes: [Product, Serial],
      },
      {
        Recall: { __resolveReference: (ref: { id: string }, context: RecallsContext) => context.loaders.byId.load(ref.id) },
        Product: { __resolveReference: (ref: Product) => ({ gtin: ref.gtin }) },
        Serial: { __resolveReference: serialReference },
      },
    ),
  wire({ dataSource, peers, upstreamSecret, log }) {
    const recalls = new RecallRepository(dataSource);
    const scopes = new ScopeRepository(dataSource);
    const lists = new SerialListRepository(dataSource);
    // Read at each call: in one process the other services start alongside this one.
    const units = new UnitImpactClient(() => peers.serials, upstreamSecret);
    const service = new RecallService({ dataSource, recalls, scopes, lists, units, products: new ProductCheck(() => peers.products, upstreamSecret) });
    return {
      context: (identity) => ({ identity, recalls, scopes, service, loaders: createRecallLoaders(recalls, scopes, identity.tenant) }),
      routes: (router) => serialListRoutes(router, { dataSource, lists, units, log }),
    };
  },
};
