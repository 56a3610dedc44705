import type { Identity } from "../../../lib/auth/identity";
import { lookupLoader } from "../../../lib/federation/lookup-loader";
import { keyString, type SerialKey } from "../../../lib/serial-key";
import type { SerialsClient } from "../peers/serials-client";
import type { CoverageService } from "./coverage.service";
import { warrantyOf } from "./warranty-view";
import type { Warranty } from "./warranty.type";

/**
 * `Serial.warranty` for every unit of a request in one serials call: the gateway asks for a
 * list of units at once. Units with nothing on record (no start date) have no Warranty.
 */
export const createCoverageLoader = (serials: SerialsClient, coverage: CoverageService, caller: Identity) =>
  lookupLoader<SerialKey, Warranty>(
    async (keys) => {
      const { units } = await serials.inspect(caller, keys);
      const assessed = await coverage.assess(caller, keys, units);
      return [...assessed.values()].map(warrantyOf).filter((warranty): warranty is Warranty => warranty !== null);
    },
    (item) => keyString("key" in item ? item.key : item),
  );
