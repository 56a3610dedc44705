import { buildFederatedSchema } from "../../lib/federation/build-federated-schema";
import type { SubgraphModule } from "../../lib/federation/subgraph-module";
import { Anomaly } from "./anomaly/anomaly.entity";
import { AnomalyRepository } from "./anomaly/anomaly.repository";
import { AnomalyResolver } from "./anomaly/anomaly.resolver";
import { CaptureResolver } from "./capture/capture.resolver";
import { CaptureService } from "./capture/capture.service";
import { CodeResolver } from "./code/code.resolver";
import type { SerialsContext } from "./context";
import { EventRepository } from "./event/event.repository";
import { SerialEvent } from "./event/serial-event.entity";
import { CreateSerials1764160000100 } from "./migrations/1764160000100-create-serials";
import { Identity1764200000100 } from "./migrations/1764200000100-identity";
import { ProductDirectory } from "./product/product-directory";
import { Serial } from "./serial/serial.entity";
import { createSerialLoader } from "./serial/serial.loader";
import { resolveSerialReference } from "./serial/serial.reference";
import { SerialRepository } from "./serial/serial.repository";
import { SerialResolver } from "./serial/serial.resolver";

export const serialsModule: SubgraphModule<SerialsContext> = {
  name: "serials",
  dbSchema: "serials",
  entities: [Serial, SerialEvent, Anomaly],
  migrations: [CreateSerials1764160000100, Identity1764200000100],
  buildSchema: (pubSub) =>
    buildFederatedSchema(
      { resolvers: [SerialResolver, CaptureResolver, AnomalyResolver, CodeResolver], pubSub },
      { Serial: { __resolveReference: resolveSerialReference } },
    ),
  contextFactory({ dataSource, pubSub, log, peers, upstreamSecret }) {
    const serials = new SerialRepository(dataSource);
    const events = new EventRepository(dataSource);
    const anomalies = new AnomalyRepository(dataSource);
    const products = new ProductDirectory(peers.products, upstreamSecret);
    const capture = new CaptureService({ dataSource, events, serials, anomalies, products, pubSub, log });
    return (identity) => {
      const context: SerialsContext = {
        identity,
        capture,
        events,
        anomalies,
        products,
        loaders: { serial: createSerialLoader(serials, identity.tenant) },
        renewLoaders() {
          context.loaders = { serial: createSerialLoader(serials, identity.tenant) };
        },
      };
      return context;
    };
  },
};
