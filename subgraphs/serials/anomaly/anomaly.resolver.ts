import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root, Subscription, type SubscribeResolverData, type SubscriptionHandlerData } from "type-graphql";
import { requireRole } from "../../../lib/auth/auth-checker";
import type { Role } from "../../../lib/auth/identity";
import { connectionType, decodeCursor, PageArgs, toConnection, validatePageSize } from "../../../lib/federation/relay";
import { requireGtin } from "../../../lib/gs1/gtin";
import type { SerialsContext } from "../context";
import { Serial } from "../serial/serial.entity";
import { SerialStatus } from "../serial/serial-status";
import { AnomalyFilter } from "./anomaly-filter.input";
import { Anomaly } from "./anomaly.entity";
import { anomalyTopic, fromAnomalyPayload, type AnomalyPayload } from "./anomaly.topics";

export const AnomalyConnection = connectionType("Anomaly", Anomaly);

/** Who may watch anomalies: everyone with a token except service centres. */
const WATCHERS: Role[] = ["admin", "integrator", "auditor", "recall_coordinator"];

const normaliseFilter = (filter?: AnomalyFilter | null) => ({
  gtin: filter?.gtin ? requireGtin(filter.gtin, "filter.gtin") : undefined,
  kinds: filter?.kinds ?? undefined,
});

@Resolver(() => Anomaly)
export class AnomalyResolver {
  @Authorized(...WATCHERS)
  @Query(() => AnomalyConnection, { description: "The tenant's anomalies, newest first." })
  async anomalies(
    @Arg("filter", () => AnomalyFilter, { nullable: true }) filter: AnomalyFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() context: SerialsContext,
  ) {
    validatePageSize(first);
    const cursor = after ? (decodeCursor(after, 2) as [string, string]) : undefined;
    const rows = await context.anomalies.page(context.identity.tenant, normaliseFilter(filter), first + 1, cursor);
    return toConnection(rows, first, (anomaly) => [anomaly.detectedAt.toISOString(), anomaly.id]);
  }

  @Subscription(() => Anomaly, {
    description: "Anomalies of the caller's tenant as they are detected.",
    // Checked when subscribing, so a caller without the role gets an error instead of silence.
    topics: ({ context, args }: SubscribeResolverData<AnomalyPayload, { filter?: AnomalyFilter }, SerialsContext>) => {
      requireRole(context.identity, WATCHERS);
      normaliseFilter(args.filter);
      return anomalyTopic(context.identity.tenant);
    },
    filter: ({ payload, args, context }: SubscriptionHandlerData<AnomalyPayload, { filter?: AnomalyFilter }, SerialsContext>) => {
      const filter = normaliseFilter(args.filter);
      return (
        payload.tenantId === context.identity.tenant &&
        (!filter.gtin || payload.gtin === filter.gtin) &&
        (!filter.kinds?.length || filter.kinds.includes(payload.kind))
      );
    },
  })
  anomalyDetected(
    @Root() payload: AnomalyPayload,
    @Arg("filter", () => AnomalyFilter, { nullable: true }) _filter: AnomalyFilter | null,
    @Ctx() context: SerialsContext,
  ): Anomaly {
    context.renewLoaders();
    return fromAnomalyPayload(payload);
  }

  @FieldResolver(() => Serial, { description: "The unit concerned; it may never have been commissioned." })
  async serial(@Root() anomaly: Anomaly, @Ctx() context: SerialsContext): Promise<Serial> {
    const found = await context.loaders.serial.load({ gtin: anomaly.gtin, serial: anomaly.serial });
    return found ?? Object.assign(new Serial(), { gtin: anomaly.gtin, serial: anomaly.serial, status: SerialStatus.UNCOMMISSIONED });
  }
}
