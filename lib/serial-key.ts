/** A unit's key within a tenant. */
export interface SerialKey {
  gtin: string;
  serial: string;
}

export const keyString = (key: SerialKey): string => `${key.gtin} ${key.serial}`;

/** Sorted, so every transaction locks rows in the same order and two captures cannot deadlock. */
export function uniqueKeys(keys: Iterable<SerialKey>): SerialKey[] {
  const map = new Map<string, SerialKey>();
  for (const key of keys) {
    map.set(keyString(key), { gtin: key.gtin, serial: key.serial });
  }
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, key]) => key);
}

/** Column arrays for `unnest($n::char(14)[], $m::text[])`. */
export const keyColumns = (keys: readonly SerialKey[]): [string[], string[]] => [keys.map((k) => k.gtin), keys.map((k) => k.serial)];
