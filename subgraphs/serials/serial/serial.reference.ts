import type { SerialsContext } from "../context";
import type { Serial } from "./serial.entity";

export function resolveSerialReference(reference: Pick<Serial, "gtin" | "serial">, context: SerialsContext): Promise<Serial | null> {
  return context.loaders.serial.load({ gtin: reference.gtin, serial: reference.serial });
}
