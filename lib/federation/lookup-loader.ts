import DataLoader from "dataloader";

/**
 * A DataLoader over a "find these keys" query: one query per tick for every key asked,
 * answers matched back to keys by `keyOf`, null for keys that found nothing.
 */
export function lookupLoader<K, V>(find: (keys: readonly K[]) => Promise<V[]>, keyOf: (item: K | V) => string): DataLoader<K, V | null, string> {
  return new DataLoader<K, V | null, string>(
    async (keys) => {
      const found = new Map((await find(keys)).map((item) => [keyOf(item), item]));
      return keys.map((key) => found.get(keyOf(key)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}
