import { buildFederatedSchema } from "../../lib/federation/build-federated-schema";
import type { SubgraphModule } from "../../lib/federation/subgraph-module";
import { Anomaly } from "./anomaly/anomaly.entity";
import { AnomalyEngine1764400000100 } from "./migrations/1764400000100-anomaly-engine";
import { RuleSettingsResolver } from "./rules/rule-settings.resolver";
import { AnomalyResolver } from "./anomaly/anomaly.resolver";
import { CaptureResolver } from "./capture/capture.resolver";
import { ComponentLinkResolver, SerialComponentsResolver } from "./component/component.resolver";
import { ReportedAnomalyResolver } from "./anomaly/reported-anomaly.resolver";
import { SerialAnomaliesResolver } from "./anomaly/serial-anomalies.resolver";
import { StepEventsResolver } from "./event/step-events.resolver";
import { CodeResolver } from "./code/code.resolver";
import type { SerialsContext } from "./context";
import { SerialEvent } from "./event/serial-event.entity";
import { SerialEventsResolver } from "./event/serial-events.resolver";
import { GenerationResolver } from "./generation/generation.resolver";
import { Job } from "./job/job.entity";
import { JobResolver } from "./job/job.resolver";
import { LedgerResolver } from "./ledger/ledger.resolver";
import { CreateSerials1764160000100 } from "./migrations/1764160000100-create-serials";
import { Identity1764200000100 } from "./migrations/1764200000100-identity";
import { EpcisQuery1764300000100 } from "./migrations/1764300000100-epcis-query";
import { EventSerialsByEvent1764500000100 } from "./migrations/1764500000100-event-serials-by-event";
import { Ledger1764400000110 } from "./migrations/1764400000110-ledger";
import { Locations1764400000120 } from "./migrations/1764400000120-locations";
import { Location } from "./location/location.entity";
import { LocationResolver } from "./location/location.resolver";
import { RecallScopes1764700000100 } from "./migrations/1764700000100-recall-scopes";
import { RecallAlertsResolver } from "./recall/recall-alerts.resolver";
import { RecallImpactResolver } from "./recall/recall-impact.resolver";
import { Serial } from "./serial/serial.entity";
import { resolveSerialReference } from "./serial/serial.reference";
import { SerialResolver } from "./serial/serial.resolver";
import { wireSerials } from "./serials.wiring";
import { ProblemReportResolver } from "./digital-link/problem-report.resolver";
import { ProblemReports1764800000100 } from "./migrations/1764800000100-problem-reports";
import { VerificationResolver } from "./verification/verification.resolver";
import { VrsResolver } from "./verification/vrs.resolver";

export const serialsModule: SubgraphModule<SerialsContext> = {
  name: "serials",
  dir: "subgraphs/serials",
  dbSchema: "serials",
  entities: [Serial, SerialEvent, Anomaly, Job, Location],
  migrations: [CreateSerials1764160000100, Identity1764200000100, EpcisQuery1764300000100, AnomalyEngine1764400000100, Ledger1764400000110, Locations1764400000120, EventSerialsByEvent1764500000100, RecallScopes1764700000100,
    ProblemReports1764800000100],
  buildSchema: (pubSub) =>
    buildFederatedSchema(
      {
        resolvers: [SerialResolver, CaptureResolver, AnomalyResolver, RuleSettingsResolver, CodeResolver, GenerationResolver, JobResolver, VerificationResolver, VrsResolver, LedgerResolver, LocationResolver, SerialEventsResolver,
          SerialAnomaliesResolver, ReportedAnomalyResolver, SerialComponentsResolver, ComponentLinkResolver, StepEventsResolver,
          RecallImpactResolver, RecallAlertsResolver, ProblemReportResolver],
        pubSub,
      },
      { Serial: { __resolveReference: resolveSerialReference } },
    ),
  wire: wireSerials,
};
