import { Sealer } from "../../lib/crypto/sealed";
import type { SubgraphDeps, SubgraphWiring } from "../../lib/federation/subgraph-module";
import { Ff3Pool } from "../../lib/serials/ff3-pool";
import { AnomalyRepository } from "./anomaly/anomaly.repository";
import { CaptureService } from "./capture/capture.service";
import { ComponentRepository } from "./component/component.repository";
import { ContainerRepository } from "./container/container.repository";
import { liveLoader } from "../../lib/federation/live-loader";
import { lookupLoader } from "../../lib/federation/lookup-loader";
import { keyString } from "../../lib/serial-key";
import type { Anomaly } from "./anomaly/anomaly.entity";
import type { SerialsContext, SerialsLoaders, SerialsServices } from "./context";
import { EventRepository } from "./event/event.repository";
import { SerialEventFeed } from "./event/serial-event-feed";
import { StepEventRepository } from "./event/step-events.repository";
import { GenerationRepository } from "./generation/generation.repository";
import { GenerationService } from "./generation/generation.service";
import { SerialKeyStore } from "./generation/serial-key.store";
import { JobFeed } from "./job/job-feed";
import { JobRunner } from "./job/job-runner";
import { labelRoutes } from "./labels/labels.routes";
import { JobRepository } from "./job/job.repository";
import { LedgerRepository } from "./ledger/ledger.repository";
import { LocationRepository } from "./location/location.repository";
import { ProductDirectory, type KnownProduct } from "./product/product-directory";
import { affectedExportRoutes } from "./recall/affected-export.routes";
import { RecallAlertFeed } from "./recall/recall-alert-feed";
import { RecallAlertRepository } from "./recall/recall-alert.repository";
import { RecallDirectory } from "./recall/recall-directory";
import { RecallImpactRepository } from "./recall/recall-impact.repository";
import { RecallMembershipRepository } from "./recall/recall-membership.repository";
import { LookupRepository } from "./rules/lookup.repository";
import { RuleSettingsRepository } from "./rules/rule-settings.repository";
import { serialsRoutes } from "./serials.routes";
import { createSerialLoader } from "./serial/serial.loader";
import { FreshStatistics } from "../../lib/db/fresh-statistics";
import { SerialRepository } from "./serial/serial.repository";
import { CodeSigner } from "./signing/code-signer";
import { SigningKeyRepository } from "./signing/signing-key.repository";
import { VerificationService } from "./verification/verification.service";
import { VrsRepository } from "./verification/vrs.repository";
import { vrsRoutes } from "./verification/vrs.routes";
import { digitalLinkRoutes } from "./digital-link/digital-link.routes";
import { ProblemReportRepository } from "./digital-link/problem-report.repository";
import { ProblemReportService } from "./digital-link/problem-report.service";
import { ProductPages } from "./digital-link/product-pages";

/** A unit's state in a live feed may be this old; triage changes to an anomaly show after this. */
const LIVE_SERIAL_TTL_MS = 1_000;
const LIVE_ANOMALY_TTL_MS = 5_000;

/** Builds the serials subgraph's repositories and services once, and a context per operation. */
export function wireSerials({ dataSource, pubSub, log, peers, upstreamSecret, masterKey }: SubgraphDeps): SubgraphWiring<SerialsContext> {
  const sealer = new Sealer(masterKey);
  // New units in bulk (commissioning, generation) make the planner's idea of serials stale at once.
  const serialStatistics = new FreshStatistics(dataSource, "serials.serials", log);
  const serials = new SerialRepository(dataSource, serialStatistics);
  const events = new EventRepository(dataSource);
  const anomalies = new AnomalyRepository(dataSource);
  const jobs = new JobRepository(dataSource);
  const signingKeys = new SigningKeyRepository(dataSource);
  const products = new ProductDirectory(peers.products, upstreamSecret);
  const signer = new CodeSigner(signingKeys, sealer);
  const ff3 = new Ff3Pool();
  const ledger = new LedgerRepository(dataSource);
  const locations = new LocationRepository(dataSource);
  const ruleSettings = new RuleSettingsRepository(dataSource);
  const recallMembership = new RecallMembershipRepository();
  const recallImpact = new RecallImpactRepository(dataSource);
  const recallAlerts = new RecallAlertRepository(dataSource);
  const capture = new CaptureService({
    dataSource,
    events,
    serials,
    anomalies,
    containers: new ContainerRepository(),
    locations,
    ruleSettings,
    products,
    pubSub,
    log,
    ledger,
    recallMembership,
  });
  const generation = new GenerationService({
    dataSource,
    products,
    repository: new GenerationRepository(serialStatistics),
    serials,
    events,
    jobs,
    signer,
    keys: new SerialKeyStore(dataSource, sealer),
    ff3,
    pubSub,
    log,
    ledger,
  });
  const runner = new JobRunner(jobs, generation, log);
  const verification = new VerificationService({
    dataSource,
    products,
    serials,
    signer,
    recalls: new RecallDirectory(() => peers.recalls, upstreamSecret, { dataSource, membership: recallMembership }),
    capture,
    anomalies,
    ruleSettings,
    lookups: new LookupRepository(dataSource),
    log,
  });
  const vrs = new VrsRepository(dataSource);
  const problemReportStore = new ProblemReportRepository(dataSource);
  const problemReports = new ProblemReportService(problemReportStore, products);
  const serialEventFeed = new SerialEventFeed(pubSub, events);
  const findProducts = async (gtins: readonly string[]) => [...(await products.products(gtins)).values()];
  const gtinOf = (item: string | KnownProduct) => (typeof item === "string" ? item : item.gtin);
  const loadersFor = (tenant: string): SerialsLoaders => ({
    serial: createSerialLoader(serials, tenant),
    anomaly: lookupLoader<string, Anomaly>((ids) => anomalies.byIds(tenant, ids), (item) => (typeof item === "string" ? item : item.id)),
    product: lookupLoader<string, KnownProduct>(findProducts, gtinOf),
  });
  // Live feeds deliver one anomaly to every subscriber: they share reads for a moment.
  const live = new Map<string, SerialsLoaders>();
  const liveLoadersFor = (tenant: string): SerialsLoaders => {
    let loaders = live.get(tenant);
    if (!loaders) {
      loaders = {
        serial: liveLoader((keys) => serials.findByKeys(tenant, keys), keyString, LIVE_SERIAL_TTL_MS),
        anomaly: liveLoader((ids) => anomalies.byIds(tenant, ids), (item) => (typeof item === "string" ? item : item.id), LIVE_ANOMALY_TTL_MS),
        product: liveLoader(findProducts, gtinOf, LIVE_SERIAL_TTL_MS),
      };
      live.set(tenant, loaders);
    }
    return loaders;
  };
  const services: SerialsServices = { capture, generation, events, anomalies, jobs, products, signer, runner, verification, vrs, ledger, locations, serialEventFeed, ruleSettings,
    components: new ComponentRepository(dataSource),
    stepEvents: new StepEventRepository(dataSource),
    problemReports,
    problemReportStore,
    recallImpact,
    recallAlerts,
    recallAlertFeed: new RecallAlertFeed(pubSub, recallAlerts),
    jobFeed: new JobFeed(pubSub),
  };
  return {
    context(identity) {
      const context: SerialsContext = {
        ...services,
        identity,
        loaders: loadersFor(identity.tenant),
        renewLoaders() {
          context.loaders = liveLoadersFor(identity.tenant);
        },
      };
      return context;
    },
    routes: (router) => {
      serialsRoutes(router, { signingKeys, jobs, serials, events, signer, log });
      // Before VRS: the resolver answers every Digital Link request and passes linkType=verificationService on.
      digitalLinkRoutes(router, { verification, products, pages: new ProductPages(peers.products, upstreamSecret, log), reports: problemReports, serials, log });
      vrsRoutes(router, { products, vrs, verification });
      labelRoutes(router, { serials, jobs, signer });
      affectedExportRoutes(router, { dataSource, impact: recallImpact, log });
    },
    start: () => runner.start(),
    stop: async () => {
      await runner.stop();
      serialStatistics.close();
      await ff3.close();
    },
  };
}
