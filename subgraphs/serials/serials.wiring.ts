import { Sealer } from "../../lib/crypto/sealed";
import type { SubgraphDeps, SubgraphWiring } from "../../lib/federation/subgraph-module";
import { Ff3Pool } from "../../lib/serials/ff3-pool";
import { AnomalyRepository } from "./anomaly/anomaly.repository";
import { CaptureService } from "./capture/capture.service";
import type { SerialsContext, SerialsServices } from "./context";
import { EventRepository } from "./event/event.repository";
import { GenerationRepository } from "./generation/generation.repository";
import { GenerationService } from "./generation/generation.service";
import { SerialKeyStore } from "./generation/serial-key.store";
import { JobRunner } from "./job/job-runner";
import { labelRoutes } from "./labels/labels.routes";
import { JobRepository } from "./job/job.repository";
import { ProductDirectory } from "./product/product-directory";
import { RecallDirectory } from "./recall/recall-directory";
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
  const capture = new CaptureService({ dataSource, events, serials, anomalies, products, pubSub, log });
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
    log,
  });
  const vrs = new VrsRepository(dataSource);
  const services: SerialsServices = { capture, generation, events, anomalies, jobs, products, signer, runner, verification, vrs };
  return {
    context(identity) {
      const context: SerialsContext = {
        ...services,
        identity,
        loaders: { serial: createSerialLoader(serials, identity.tenant) },
        renewLoaders() {
          context.loaders = { serial: createSerialLoader(serials, identity.tenant) };
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
