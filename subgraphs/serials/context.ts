import type { Loader } from "../../lib/federation/live-loader";
import type { IdentityContext } from "../../lib/auth/auth-checker";
import type { SerialKey } from "../../lib/serial-key";
import type { Anomaly } from "./anomaly/anomaly.entity";
import type { AnomalyRepository } from "./anomaly/anomaly.repository";
import type { CaptureService } from "./capture/capture.service";
import type { ComponentRepository } from "./component/component.repository";
import type { EventRepository } from "./event/event.repository";
import type { SerialEventFeed } from "./event/serial-event-feed";
import type { StepEventRepository } from "./event/step-events.repository";
import type { GenerationService } from "./generation/generation.service";
import type { JobFeed } from "./job/job-feed";
import type { JobRunner } from "./job/job-runner";
import type { JobRepository } from "./job/job.repository";
import type { LedgerRepository } from "./ledger/ledger.repository";
import type { LocationRepository } from "./location/location.repository";
import type { KnownProduct, ProductDirectory } from "./product/product-directory";
import type { RecallAlertFeed } from "./recall/recall-alert-feed";
import type { RecallAlertRepository } from "./recall/recall-alert.repository";
import type { RecallImpactRepository } from "./recall/recall-impact.repository";
import type { RuleSettingsRepository } from "./rules/rule-settings.repository";
import type { Serial } from "./serial/serial.entity";
import type { CodeSigner } from "./signing/code-signer";
import type { VerificationService } from "./verification/verification.service";
import type { VrsRepository } from "./verification/vrs.repository";
import type { ProblemReportRepository } from "./digital-link/problem-report.repository";
import type { ProblemReportService } from "./digital-link/problem-report.service";

/** Per-request DataLoaders for queries; shared short-lived ones for live feeds (see renewLoaders). */
export interface SerialsLoaders {
  serial: Loader<SerialKey, Serial | null>;
  anomaly: Loader<string, Anomaly | null>;
  /** Products by GTIN, of any tenant: callers check the owner. */
  product: Loader<string, KnownProduct | null>;
}

/** The services of the serials subgraph, made once when it starts. */
export interface SerialsServices {
  ruleSettings: RuleSettingsRepository;
  capture: CaptureService;
  generation: GenerationService;
  events: EventRepository;
  anomalies: AnomalyRepository;
  jobs: JobRepository;
  /** Live progress of one job (Subscription.jobProgress). */
  jobFeed: JobFeed;
  products: ProductDirectory;
  signer: CodeSigner;
  runner: JobRunner;
  verification: VerificationService;
  vrs: VrsRepository;
  /** "Report a problem" from the verification page. */
  problemReports: ProblemReportService;
  problemReportStore: ProblemReportRepository;
  serialEventFeed: SerialEventFeed;
  ledger: LedgerRepository;
  locations: LocationRepository;
  components: ComponentRepository;
  stepEvents: StepEventRepository;
  recallImpact: RecallImpactRepository;
  recallAlerts: RecallAlertRepository;
  recallAlertFeed: RecallAlertFeed;
}

export interface SerialsContext extends IdentityContext, SerialsServices {
  loaders: SerialsLoaders;
  /** Subscriptions keep one context for every event they deliver: each event starts with fresh loaders. */
  renewLoaders(): void;
}
