import type { ProductsContext } from "../context";
import type { Lot } from "./lot.entity";

export function resolveLotReference(reference: Pick<Lot, "gtin" | "lot">, context: ProductsContext): Promise<Lot | null> {
  return context.loaders.lot.load({ gtin: reference.gtin, lot: reference.lot });
}
