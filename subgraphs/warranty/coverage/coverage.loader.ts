import DataLoader from "dataloader";
import { keyString as keyOf, type SerialKey } from "../../../lib/serial-key";
import type { Coverage } from "./coverage.entity";
import type { CoverageRepository } from "./coverage.repository";

export function createCoverageLoader(repository: CoverageRepository, tenantId: string) {
  return new DataLoader<SerialKey, Coverage | null, string>(
    async (keys) => {
      const found = new Map((await repository.findByKeys(tenantId, keys)).map((coverage) => [keyOf(coverage), coverage]));
      return keys.map((key) => found.get(keyOf(key)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}
