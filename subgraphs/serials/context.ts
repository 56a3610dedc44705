import type DataLoader from "dataloader";
import type { IdentityContext } from "../../lib/auth/auth-checker";
import type { SerialKey } from "../../lib/serial-key";
import type { Anomaly } from "./anomaly/anomaly.entity";
import type { AnomalyRepository } from "./anomaly/anomaly.repository";
import type { CaptureService } from "./capture/capture.service";
import type { EventRepository } from "./event/event.repository";
import type { SerialEventFeed } from "./event/serial-event-feed";
import type { GenerationService } from "./generation/generation.service";
import type { JobRunner } from "./job/job-runner";
import type { JobRepository } from "./job/job.repository";
import type { LedgerRepository } from "./ledger/ledger.repository";
import type { LocationRepository } from "./location/location.repository";
import type { ProductDirectory } from "./product/product-directory";
import type { RuleSettingsRepository } from "./rules/rule-settings.repository";
import type { Serial } from "./serial/serial.entity";
import type { CodeSigner } from "./signing/code-signer";
import type { VerificationService } from "./verification/verification.service";
import type { VrsRepository } from "./verification/vrs.repository";

export interface SerialsLoaders {
  serial: DataLoader<SerialKey, Serial | null, string>;
  anomaly: DataLoader<string, Anomaly | null, string>;
}

/** The services of the serials subgraph, made once when it starts. */
export interface SerialsServices {
  ruleSettings: RuleSettingsRepository;
  capture: CaptureService;
  generation: GenerationService;
  events: EventRepository;
  anomalies: AnomalyRepository;
  jobs: JobRepository;
  products: ProductDirectory;
  signer: CodeSigner;
  runner: JobRunner;
  verification: VerificationService;
  vrs: VrsRepository;
  serialEventFeed: SerialEventFeed;
  ledger: LedgerRepository;
  locations: LocationRepository;
}

export interface SerialsContext extends IdentityContext, SerialsServices {
  loaders: SerialsLoaders;
  /** Subscriptions keep one context for every event they deliver: each event starts with fresh loaders. */
  renewLoaders(): void;
}
