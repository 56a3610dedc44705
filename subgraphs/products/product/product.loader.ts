import DataLoader from "dataloader";
import type { Product } from "./product.entity";
import type { ProductRepository } from "./product.repository";

/** One query per tick for every product the gateway asks about; bound to one tenant. */
export function createProductLoader(repository: ProductRepository, tenantId: string) {
  return new DataLoader<string, Product | null>(async (gtins) => {
    const found = new Map((await repository.findByGtins(tenantId, gtins)).map((product) => [product.gtin, product]));
    return gtins.map((gtin) => found.get(gtin) ?? null);
  });
}
