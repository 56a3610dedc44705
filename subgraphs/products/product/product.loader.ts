import { lookupLoader } from "../../../lib/federation/lookup-loader";
import type { Product } from "./product.entity";
import type { ProductRepository } from "./product.repository";

/** Products by GTIN for one tenant, batched: the gateway asks in batches. */
export const createProductLoader = (repository: ProductRepository, tenantId: string) =>
  lookupLoader<string, Product>(
    (gtins) => repository.findByGtins(tenantId, gtins),
    (item) => (typeof item === "string" ? item : item.gtin),
  );
