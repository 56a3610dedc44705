import type DataLoader from "dataloader";
import type { IdentityContext } from "../../lib/auth/auth-checker";
import type { AnomalyRepository } from "./anomaly/anomaly.repository";
import type { CaptureService } from "./capture/capture.service";
import type { EventRepository } from "./event/event.repository";
import type { ProductDirectory } from "./product/product-directory";
import type { SerialKey } from "../../lib/serial-key";
import type { Serial } from "./serial/serial.entity";

export interface SerialsLoaders {
  serial: DataLoader<SerialKey, Serial | null, string>;
}

export interface SerialsContext extends IdentityContext {
  capture: CaptureService;
  events: EventRepository;
  anomalies: AnomalyRepository;
  products: ProductDirectory;
  loaders: SerialsLoaders;
  /** Subscriptions keep one context for every event they deliver: each event starts with fresh loaders. */
  renewLoaders(): void;
}
