import DataLoader from "dataloader";
import type { Lot } from "./lot.entity";
import type { LotRepository } from "./lot.repository";

export interface LotKey {
  gtin: string;
  lot: string;
}

const keyOf = (key: LotKey) => `${key.gtin} ${key.lot}`;

export function createLotLoader(repository: LotRepository, tenantId: string) {
  return new DataLoader<LotKey, Lot | null, string>(
    async (keys) => {
      const found = new Map((await repository.findByKeys(tenantId, keys)).map((lot) => [keyOf(lot), lot]));
      return keys.map((key) => found.get(keyOf(key)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}
