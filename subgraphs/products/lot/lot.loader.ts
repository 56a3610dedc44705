import { lookupLoader } from "../../../lib/federation/lookup-loader";
import type { Lot } from "./lot.entity";
import type { LotRepository } from "./lot.repository";

export interface LotKey {
  gtin: string;
  lot: string;
}

export const createLotLoader = (repository: LotRepository, tenantId: string) =>
  lookupLoader<LotKey, Lot>(
    (keys) => repository.findByKeys(tenantId, keys),
    (item) => `${item.gtin} ${item.lot}`,
  );
