import { Sealer } from "../../lib/crypto/sealed";
import type { SubgraphDeps, SubgraphWiring } from "../../lib/federation/subgraph-module";
import { Ff3Pool } from "../../lib/serials/ff3-pool";
import { AnomalyRepository } from "./anomaly/anomaly.repository";
import { CaptureService } from "./capture/capture.service";
import { ContainerRepository } from "./container/container.repository";
import { lookupLoader } from "../../lib/federation/lookup-loader";
import type { Anomaly } from "./anomaly/anomaly.entity";
import type { SerialsContext, SerialsLoaders, SerialsServices } from "./context";
import { EventRepository } from "./event/event.repository";
import { SerialEventFeed } from "./event/serial-event-feed";
import { GenerationRepository } from "./generation/generation.repository";
import { GenerationService } from "./generation/generation.service";
import { SerialKeyStore } from "./generation/serial-key.store";
import { JobRunner } from "./job/job-runner";
import { labelRoutes } from "./labels/labels.routes";
import { JobRepository } from "./job/job.repository";
import { LedgerRepository } from "./ledger/ledger.repository";
import { LocationRepository } from "./location/location.repository";
import { ProductDirectory } from "./product/product-directory";
import { RecallDirectory } from "./recall/recall-directory";
import { LookupRepository } from "./rules/lookup.repository";
import { RuleSettingsRepository } from "./rules/rule-settings.repository";
import { serialsRoutes } from "./serials.routes";
import { createSerialLoader } from "./serial/serial.loader";
import { SerialRepository } from "./serial/serial.repository";
import { CodeSigner } from "./signing/code-signer";
import { SigningKeyRepository } from "./signing/signing-key.repository";
import { VerificationService } from "./verification/verification.service";
import { VrsRepository } from "./verification/vrs.repository";
import { vrsRoutes } from "./verification/vrs.routes";

/** Builds the serials subgraph's repositories and services once, and a context per operation. */
export function wireSerials({ dataSource, pubSub, log, peers, upstreamSecret, masterKey }: SubgraphDeps): SubgraphWiring<SerialsContext> {
  const sealer = new Sealer(masterKey);
  const serials = new SerialRepository(dataSource);
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
  });
  const generation = new GenerationService({
    dataSource,
    products,
    repository: new GenerationRepository(),
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
    recalls: new RecallDirectory(() => peers.recalls, upstreamSecret),
    capture,
    anomalies,
    ruleSettings,
    lookups: new LookupRepository(dataSource),
    log,
  });
  const vrs = new VrsRepository(dataSource);
  const serialEventFeed = new SerialEventFeed(pubSub, events);
  const loadersFor = (tenant: string): SerialsLoaders => ({
    serial: createSerialLoader(serials, tenant),
    anomaly: lookupLoader<string, Anomaly>((ids) => anomalies.byIds(tenant, ids), (item) => (typeof item === "string" ? item : item.id)),
  });
  const services: SerialsServices = { capture, generation, events, anomalies, jobs, products, signer, runner, verification, vrs, ledger, locations, serialEventFeed, ruleSettings };
  return {
    context(identity) {
      const context: SerialsContext = {
        ...services,
        identity,
        loaders: loadersFor(identity.tenant),
        renewLoaders() {
          context.loaders = loadersFor(identity.tenant);
        },
      };
      return context;
    },
    routes: (router) => {
      serialsRoutes(router, { signingKeys, jobs, serials, events, signer, log });
      vrsRoutes(router, { products, vrs, verification });
      labelRoutes(router, { serials, jobs, signer });
    },
    start: () => runner.start(),
    stop: async () => {
      await runner.stop();
      await ff3.close();
    },
  };
}
