import { lookupLoader } from "../../../lib/federation/lookup-loader";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import type { Serial } from "./serial.entity";
import type { SerialRepository } from "./serial.repository";

export const createSerialLoader = (repository: SerialRepository, tenantId: string) =>
  lookupLoader<SerialKey, Serial>((keys) => repository.findByKeys(tenantId, keys), keyString);
