import DataLoader from "dataloader";
import { lookupLoader } from "../../../lib/federation/lookup-loader";
import { keyString } from "../../../lib/serial-key";
import type { Recall } from "./recall.entity";
import type { ScopeRepository, StoredScope } from "../scope/scope.repository";
import type { RecallRepository, ScopedSerial } from "./recall.repository";

function group<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
  }
  return map;
}

export function createRecallLoaders(repository: RecallRepository, scopes: ScopeRepository, tenantId: string) {
  return {
    scope: new DataLoader<string, StoredScope | null>(async (ids) => {
      const found = await scopes.current(tenantId, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    byId: lookupLoader<string, Recall>(
      (ids) => repository.findByIds(tenantId, ids),
      (item) => (typeof item === "string" ? item : item.id),
    ),
    byGtin: new DataLoader<string, Recall[]>(async (gtins) => {
      const found = group(await repository.forGtins(tenantId, gtins), (row) => row.gtin);
      return gtins.map((gtin) => (found.get(gtin) ?? []).map((row) => row.recall));
    }),
    bySerial: new DataLoader<ScopedSerial, Recall[], string>(
      async (keys) => {
        const found = group(await repository.forSerials(tenantId, keys), keyString);
        return keys.map((key) => (found.get(keyString(key)) ?? []).map((row) => row.recall));
      },
      { cacheKeyFn: keyString },
    ),
  };
}

export type RecallLoaders = ReturnType<typeof createRecallLoaders>;
