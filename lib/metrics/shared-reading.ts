/**
 * A reading of something slow to ask (a count over a table), shared by every caller: one
 * question in flight at most, and its answer kept `ttlMs` from when it came. A failed
 * reading is not kept: the next caller asks again.
 */
export function sharedReading<T>(read: () => Promise<T>, ttlMs: number, now: () => number = Date.now): () => Promise<T> {
  let kept: { value: T; at: number } | undefined;
  let asking: Promise<T> | undefined;
  return () => {
    if (kept && now() - kept.at < ttlMs) {
      return Promise.resolve(kept.value);
    }
    asking ??= read()
      .then((value) => {
        kept = { value, at: now() };
        return value;
      })
      .finally(() => {
        asking = undefined;
      });
    return asking;
  };
}
