import DataLoader from "dataloader";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import type { Serial } from "./serial.entity";
import type { SerialRepository } from "./serial.repository";

export function createSerialLoader(repository: SerialRepository, tenantId: string) {
  return new DataLoader<SerialKey, Serial | null, string>(
    async (keys) => {
      const found = new Map((await repository.findByKeys(tenantId, keys)).map((serial) => [keyString(serial), serial]));
      return keys.map((key) => found.get(keyString(key)) ?? null);
    },
    { cacheKeyFn: keyString },
  );
}
