import { lookupLoader } from "../../../lib/federation/lookup-loader";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import type { Coverage } from "./coverage.entity";
import type { CoverageRepository } from "./coverage.repository";

export const createCoverageLoader = (repository: CoverageRepository, tenantId: string) =>
  lookupLoader<SerialKey, Coverage>((keys) => repository.findByKeys(tenantId, keys), keyString);
