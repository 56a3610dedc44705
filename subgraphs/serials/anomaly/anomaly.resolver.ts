import countries from "i18n-iso-countries";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData, type SubscriptionHandlerData } from "type-graphql";
import type { Role } from "../../../lib/auth/identity";
import { badInput, HubError } from "../../../lib/errors/hub-error";
import { decodeCursor, encodeCursor, PageArgs, validatePageSize } from "../../../lib/federation/relay";
import { requireGtin } from "../../../lib/gs1/gtin";
import type { SerialsContext } from "../context";
import { Serial } from "../serial/serial.entity";
import { SerialStatus } from "../serial/serial-status";
import { AnomalyStatus, SEVERITY_RANK, type AnomalyKind } from "./anomaly-kind";
import { AnomalyFilter } from "./anomaly-filter.input";
import { Anomaly } from "./anomaly.entity";
import type { AnomalyQuery } from "./anomaly.repository";
import { anomalyTopic, type AnomalyPayload } from "./anomaly.topics";
import { AnomalyConnection, AnomalyStatsBucket, AnomalyStatsGroup, UpdateAnomalyInput } from "./anomaly.types";

/** Who may watch anomalies: everyone with a token except service centres. */
const WATCHERS: Role[] = ["admin", "integrator", "auditor", "recall_coordinator"];
/** Who triages them. */
const TRIAGERS: Role[] = ["admin", "integrator", "recall_coordinator"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function normaliseFilter(filter?: AnomalyFilter | null): AnomalyQuery {
  const country = filter?.country?.toUpperCase();
  if (country && !countries.isValid(country)) {
    throw badInput(`filter.country "${filter?.country}" is not an ISO 3166-1 alpha-2 code.`, { field: "filter.country" });
  }
  return {
    gtin: filter?.gtin ? requireGtin(filter.gtin, "filter.gtin") : undefined,
    kinds: filter?.kinds ?? undefined,
    minSeverity: filter?.minSeverity ?? undefined,
    statuses: filter?.statuses ?? undefined,
    country,
    since: filter?.since ?? undefined,
  };
}

function requireId(id: string): string {
  if (!UUID.test(id)) {
    throw badInput(`id "${id}" is not an anomaly id.`, { field: "id" });
  }
  return id;
}

@Resolver(() => Anomaly)
export class AnomalyResolver {
  @Authorized(...WATCHERS)
  @Query(() => AnomalyConnection, { description: "The tenant's anomalies, newest first, with counts by kind." })
  async anomalies(
    @Arg("filter", () => AnomalyFilter, { nullable: true }) filter: AnomalyFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() context: SerialsContext,
  ): Promise<AnomalyConnection> {
    validatePageSize(first);
    const query = normaliseFilter(filter);
    const cursor = after ? (decodeCursor(after, 2) as [string, string]) : undefined;
    const tenant = context.identity.tenant;
    const [rows, byKind] = await Promise.all([context.anomalies.page(tenant, query, first + 1, cursor), context.anomalies.countBy(tenant, "kind", query)]);
    const page = rows.slice(0, first);
    return {
      edges: page.map((node) => ({ node, cursor: encodeCursor([node.detectedAt.toISOString(), node.id]) })),
      pageInfo: { hasNextPage: rows.length > first, endCursor: page.length > 0 ? encodeCursor([page[page.length - 1].detectedAt.toISOString(), page[page.length - 1].id]) : null },
      totalCount: byKind.reduce((sum, bucket) => sum + bucket.count, 0),
      countsByKind: byKind.map((bucket) => ({ kind: bucket.key as AnomalyKind, count: bucket.count })),
    };
  }

  @Authorized(...WATCHERS)
  @Query(() => [AnomalyStatsBucket], { description: "Anomalies counted by country, kind, product, lot or source since a time: hotspots and risky distributors." })
  anomalyStats(
    @Arg("groupBy", () => AnomalyStatsGroup) groupBy: AnomalyStatsGroup,
    @Arg("since", () => Date, { nullable: true }) since: Date | null,
    @Arg("filter", () => AnomalyFilter, { nullable: true }) filter: AnomalyFilter | null,
    @Ctx() context: SerialsContext,
  ): Promise<AnomalyStatsBucket[]> {
    return context.anomalies.countBy(context.identity.tenant, groupBy, { ...normaliseFilter(filter), ...(since ? { since } : {}) });
  }

  @Authorized(...WATCHERS)
  @Query(() => Anomaly, { nullable: true })
  anomaly(@Arg("id", () => ID) id: string, @Ctx() context: SerialsContext): Promise<Anomaly | null> {
    return context.loaders.anomaly.load(requireId(id));
  }

  @Authorized(...TRIAGERS)
  @Mutation(() => Anomaly, { description: "NEW → ACKNOWLEDGED: someone has seen it." })
  async acknowledgeAnomaly(@Arg("id", () => ID) id: string, @Ctx() context: SerialsContext): Promise<Anomaly> {
    return this.triage(context, id, { status: AnomalyStatus.ACKNOWLEDGED });
  }

  @Authorized(...TRIAGERS)
  @Mutation(() => Anomaly, { description: "Moves an anomaly through triage; closing needs a reason." })
  async updateAnomaly(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateAnomalyInput) input: UpdateAnomalyInput,
    @Ctx() context: SerialsContext,
  ): Promise<Anomaly> {
    const reason = input.reason?.trim() || null;
    if (input.status === AnomalyStatus.CLOSED && !reason) {
      throw badInput("input.reason is required to close an anomaly (false positive, confirmed counterfeit, …).", { field: "input.reason" });
    }
    if (input.status === AnomalyStatus.NEW) {
      throw badInput("input.status cannot go back to NEW; use ACKNOWLEDGED or INVESTIGATING.", { field: "input.status" });
    }
    if ((reason?.length ?? 0) > 2000 || (input.note?.length ?? 0) > 10_000) {
      throw badInput("input.reason is limited to 2,000 characters and input.note to 10,000.", { field: reason && reason.length > 2000 ? "input.reason" : "input.note" });
    }
    return this.triage(context, id, { status: input.status, closedReason: reason, note: input.note ?? null });
  }

  private async triage(context: SerialsContext, id: string, change: Parameters<SerialsContext["anomalies"]["triage"]>[2]): Promise<Anomaly> {
    const updated = await context.anomalies.triage(context.identity.tenant, requireId(id), change);
    if (!updated) {
      throw new HubError("NOT_FOUND", `No anomaly ${id}.`, { field: "id" });
    }
    return updated;
  }

  // On a subscription @Authorized guards the subscribe step too: a caller without the role gets an error, not silence.
  @Authorized(...WATCHERS)
  @Subscription(() => Anomaly, {
    description: "Anomalies of the caller's tenant as they are detected.",
    topics: ({ context, args }: SubscribeResolverData<AnomalyPayload, { filter?: AnomalyFilter }, SerialsContext>) => {
      normaliseFilter(args.filter);
      return anomalyTopic(context.identity.tenant);
    },
    filter: ({ payload, args, context }: SubscriptionHandlerData<AnomalyPayload, { filter?: AnomalyFilter }, SerialsContext>) => {
      const filter = normaliseFilter(args.filter);
      return (
        payload.tenantId === context.identity.tenant &&
        (!filter.gtin || payload.gtin === filter.gtin) &&
        (!filter.kinds?.length || filter.kinds.includes(payload.kind)) &&
        (!filter.minSeverity || SEVERITY_RANK[payload.severity] >= SEVERITY_RANK[filter.minSeverity]) &&
        (!filter.country || payload.country === filter.country)
      );
    },
  })
  async anomalyDetected(
    @Root() payload: AnomalyPayload,
    @Arg("filter", () => AnomalyFilter, { nullable: true }) _filter: AnomalyFilter | null,
    @Ctx() context: SerialsContext,
  ): Promise<Anomaly> {
    context.renewLoaders();
    const anomaly = await context.loaders.anomaly.load(payload.id);
    if (!anomaly) {
      throw new HubError("NOT_FOUND", `Anomaly ${payload.id} is gone.`);
    }
    return anomaly;
  }

  @FieldResolver(() => Serial, { description: "The unit concerned; it may never have been commissioned." })
  async serial(@Root() anomaly: Anomaly, @Ctx() context: SerialsContext): Promise<Serial> {
    const found = await context.loaders.serial.load({ gtin: anomaly.gtin, serial: anomaly.serial });
    return found ?? Object.assign(new Serial(), { gtin: anomaly.gtin, serial: anomaly.serial, status: SerialStatus.UNCOMMISSIONED });
  }
}
