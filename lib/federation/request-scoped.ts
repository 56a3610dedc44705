import DataLoader from "dataloader";

/**
 * A value made once per scope (e.g. DataLoaders), for resolvers that add fields to a type
 * without touching the subgraph's shared context. `scope` is an object that lives as long as
 * a request's loaders (a context's `loaders`); live feeds may share one scope across many
 * deliveries, so what is kept here should batch, not cache (see `batchingLoader`). `make`
 * gets `arg` the first time a scope asks.
 */
export function requestScoped<S extends object, A, V>(make: (arg: A) => V): (scope: S, arg: A) => V {
  const values = new WeakMap<S, V>();
  return (scope, arg) => {
    let value = values.get(scope);
    if (value === undefined) {
      value = make(arg);
      values.set(scope, value);
    }
    return value;
  };
}

/**
 * Batches the keys asked in one tick into one `find`, and remembers nothing: a scope may be
 * shared by many deliveries of a live feed (see `renewLoaders` in serials), and a field
 * added this way must never serve an answer from an earlier delivery.
 */
export function batchingLoader<K, V>(find: (keys: readonly K[]) => Promise<V[]>, keyOf: (item: K | V) => string): DataLoader<K, V | null, string> {
  return new DataLoader<K, V | null, string>(
    async (keys) => {
      const found = new Map((await find(keys)).map((item) => [keyOf(item), item]));
      return keys.map((key) => found.get(keyOf(key)) ?? null);
    },
    { cache: false },
  );
}
