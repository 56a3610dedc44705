import { buildFederatedSchema } from "../../lib/federation/build-federated-schema";
import type { SubgraphModule } from "../../lib/federation/subgraph-module";
import type { ProductsContext } from "./context";
import { Lot } from "./lot/lot.entity";
import { createLotLoader } from "./lot/lot.loader";
import { resolveLotReference } from "./lot/lot.reference";
import { LotRepository } from "./lot/lot.repository";
import { LotResolver } from "./lot/lot.resolver";
import { CreateProducts1764160000000 } from "./migrations/1764160000000-create-products";
import { SerialPolicy1764200000000 } from "./migrations/1764200000000-serial-policy";
import { ProductSkus1764240000000 } from "./migrations/1764240000000-product-skus";
import { ProductLinks1764800000000 } from "./migrations/1764800000000-product-links";
import { ProductLinksResolver } from "./product-links/product-links.resolver";
import { Product } from "./product/product.entity";
import { createProductLoader } from "./product/product.loader";
import { resolveProductReference } from "./product/product.reference";
import { ProductRepository } from "./product/product.repository";
import { ProductResolver } from "./product/product.resolver";
import { SerialPolicyResolver } from "./serial-policy/serial-policy.resolver";

export const productsModule: SubgraphModule<ProductsContext> = {
  name: "products",
  dir: "subgraphs/products",
  dbSchema: "products",
  entities: [Product, Lot],
  migrations: [CreateProducts1764160000000, SerialPolicy1764200000000, ProductSkus1764240000000, ProductLinks1764800000000],
  buildSchema: () =>
    buildFederatedSchema(
      { resolvers: [ProductResolver, LotResolver, SerialPolicyResolver, ProductLinksResolver] },
      {
        Product: { __resolveReference: resolveProductReference },
        Lot: { __resolveReference: resolveLotReference },
      },
    ),
  wire({ dataSource }) {
    const products = new ProductRepository(dataSource);
    const lots = new LotRepository(dataSource);
    return { context: (identity) => ({
      identity,
      products,
      lots,
      loaders: {
        product: createProductLoader(products, identity.tenant),
        lot: createLotLoader(lots, identity.tenant),
      },
    }) };
  },
};
