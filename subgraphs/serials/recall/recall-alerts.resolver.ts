import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import type { Role } from "../../../lib/auth/identity";
import { badInput, HubError } from "../../../lib/errors/hub-error";
import { requireGtin } from "../../../lib/gs1/gtin";
import { requireSerialRange } from "../../../lib/serials/serial-range";
import type { SerialsContext } from "../context";
import { SerialStatus } from "../serial/serial-status";
import { Serial } from "../serial/serial.entity";
import type { RecallAlertQuery } from "./recall-alert.repository";
import { Recall, RecallAlert, RecallAlertFilter } from "./recall-alert.types";

/** Recall coordinators (and admins) are told when recalled units move. */
const ALERTED: Role[] = ["admin", "recall_coordinator"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function queryOf(filter: RecallAlertFilter | null | undefined, context: SerialsContext): Promise<RecallAlertQuery> {
  const query: RecallAlertQuery = {
    gtin: filter?.gtin ? requireGtin(filter.gtin, "filter.gtin") : undefined,
    serialRange: filter?.serialRange ? requireSerialRange(filter.serialRange, "filter.serialRange") : undefined,
  };
  if (filter?.recallId != null) {
    if (!UUID.test(filter.recallId)) {
      throw badInput("filter.recallId must be a recall id.", { field: "filter.recallId" });
    }
    // Another tenant's recall is as unknown as one that never existed.
    if (!(await context.recallAlerts.knows(context.identity.tenant, filter.recallId.toLowerCase()))) {
      throw new HubError("NOT_FOUND", `No recall ${filter.recallId}.`, { field: "filter.recallId" });
    }
    query.recallId = filter.recallId.toLowerCase();
  }
  return query;
}

@Resolver(() => RecallAlert)
export class RecallAlertsResolver {
  // Role (@Authorized guards the subscribe step too) and filter are checked when subscribing,
  // so a bad subscription gets an error instead of silence.
  @Authorized(...ALERTED)
  @Subscription(() => RecallAlert, {
    description: "Shipments, receipts, sales, consumer scans and returns of recalled units (or of a watched serial range) as they are captured.",
    subscribe: async ({ context, args }: SubscribeResolverData<unknown, { filter?: RecallAlertFilter | null }, SerialsContext>) => {
      return context.recallAlertFeed.watch(context.identity.tenant, await queryOf(args.filter, context));
    },
  })
  recallAlerts(
    @Root() alert: RecallAlert,
    @Arg("filter", () => RecallAlertFilter, { nullable: true }) _filter: RecallAlertFilter | null,
    @Ctx() context: SerialsContext,
  ): RecallAlert {
    if (alert.opensBatch) {
      context.renewLoaders();
    }
    return alert;
  }

  @FieldResolver(() => Recall, { nullable: true, description: "The open recall covering the unit; null for a watched unit no recall covers yet." })
  recall(@Root() alert: RecallAlert): Recall | null {
    return alert.recallId ? { id: alert.recallId } : null;
  }

  @FieldResolver(() => Serial, { description: "The unit with its current state." })
  async serial(@Root() alert: RecallAlert, @Ctx() context: SerialsContext): Promise<Serial> {
    if (alert.opensBatch) {
      void context.loaders.serial.loadMany(alert.batch);
    }
    const found = await context.loaders.serial.load(alert.key);
    return found ?? Object.assign(new Serial(), { ...alert.key, status: SerialStatus.UNCOMMISSIONED });
  }
}
