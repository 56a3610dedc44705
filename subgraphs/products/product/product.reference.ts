import type { ProductsContext } from "../context";
import type { Product } from "./product.entity";

/** `_entities` for Product: through the loader, because the gateway asks in batches. */
export function resolveProductReference(reference: Pick<Product, "gtin">, context: ProductsContext): Promise<Product | null> {
  return context.loaders.product.load(reference.gtin);
}
