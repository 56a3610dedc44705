import DataLoader from "dataloader";

export interface Loader<K, V> {
  load(key: K): Promise<V>;
  loadMany(keys: readonly K[]): Promise<(V | Error)[]>;
}

/**
 * A loader shared by every live-feed delivery in the process, remembering answers briefly.
 * A published anomaly is delivered once per subscriber; without this each delivery would read
 * the same rows again (a hundred subscribers, a hundred reads). What it may serve is at most
 * `ttlMs` old, which a live feed tolerates and a query never sees (queries use per-request loaders).
 */
export function liveLoader<K, V>(find: (keys: readonly K[]) => Promise<V[]>, keyOf: (item: K | V) => string, ttlMs: number, maxEntries = 50_000): Loader<K, V | null> {
  const batch = new DataLoader<K, V | null, string>(
    async (keys) => {
      const found = new Map((await find(keys)).map((item) => [keyOf(item), item]));
      return keys.map((key) => found.get(keyOf(key)) ?? null);
    },
    { cache: false },
  );
  const remembered = new Map<string, { answer: Promise<V | null>; expires: number }>();
  const load = (key: K): Promise<V | null> => {
    const id = keyOf(key);
    const now = Date.now();
    const hit = remembered.get(id);
    if (hit && hit.expires > now) {
      return hit.answer;
    }
    if (remembered.size >= maxEntries) {
      // Entries are in insertion order: the oldest go first.
      for (const [old, entry] of remembered) {
        if (entry.expires > now && remembered.size < maxEntries) {
          break;
        }
        remembered.delete(old);
      }
    }
    const answer = batch.load(key);
    remembered.set(id, { answer, expires: now + ttlMs });
    // A failed read is not remembered: the next delivery tries again.
    answer.catch(() => remembered.delete(id));
    return answer;
  };
  return { load, loadMany: (keys) => Promise.all(keys.map((key) => load(key).catch((error: Error) => error))) };
}
