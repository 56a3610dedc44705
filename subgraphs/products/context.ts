import type DataLoader from "dataloader";
import type { IdentityContext } from "../../lib/auth/auth-checker";
import type { Lot } from "./lot/lot.entity";
import type { LotKey } from "./lot/lot.loader";
import type { LotRepository } from "./lot/lot.repository";
import type { Product } from "./product/product.entity";
import type { ProductRepository } from "./product/product.repository";

export interface ProductsContext extends IdentityContext {
  products: ProductRepository;
  lots: LotRepository;
  loaders: {
    product: DataLoader<string, Product | null>;
    lot: DataLoader<LotKey, Lot | null>;
  };
}
