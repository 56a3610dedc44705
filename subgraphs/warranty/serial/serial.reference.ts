import type { Serial } from "./serial.stub";

/** Nothing to load: the key is all this subgraph needs to find a unit's coverage. */
export const resolveSerialReference = (reference: Serial): Serial => ({ gtin: reference.gtin, serial: reference.serial });
