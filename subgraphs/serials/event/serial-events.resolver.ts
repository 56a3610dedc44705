import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import type { Role } from "../../../lib/auth/identity";
import { requireGtin } from "../../../lib/gs1/gtin";
import { requireSerialRange } from "../../../lib/serials/serial-range";
import type { SerialsContext } from "../context";
import { Serial } from "../serial/serial.entity";
import { SerialStatus } from "../serial/serial-status";
import type { SerialEventFeedFilter } from "./serial-event-feed";
import { SerialEventFilter } from "./serial-event-filter.input";
import { SerialEventNotice } from "./serial-event-notice.type";

/** Who may watch events as they are captured: everyone with a token except service centres. */
const WATCHERS: Role[] = ["admin", "integrator", "auditor", "recall_coordinator"];

const normaliseFilter = (filter?: SerialEventFilter | null): SerialEventFeedFilter => ({
  gtin: filter?.gtin ? requireGtin(filter.gtin, "filter.gtin") : undefined,
  serialRange: filter?.serialRange ? requireSerialRange(filter.serialRange, "filter.serialRange") : undefined,
});

@Resolver(() => SerialEventNotice)
export class SerialEventsResolver {
  // Role (@Authorized guards the subscribe step too) and filter are checked when subscribing,
  // so a bad subscription gets an error instead of silence.
  @Authorized(...WATCHERS)
  @Subscription(() => SerialEventNotice, {
    description: "Events of the caller's tenant as they are captured, once for each unit they name that matches the filter.",
    subscribe: ({ context, args }: SubscribeResolverData<unknown, { filter?: SerialEventFilter | null }, SerialsContext>) => {
      return context.serialEventFeed.watch(context.identity.tenant, normaliseFilter(args.filter));
    },
  })
  serialEvents(
    @Root() notice: SerialEventNotice,
    @Arg("filter", () => SerialEventFilter, { nullable: true }) _filter: SerialEventFilter | null,
    @Ctx() context: SerialsContext,
  ): SerialEventNotice {
    // Per message, not per notice: the units of one message then load in one query.
    if (notice.opensBatch) {
      context.renewLoaders();
    }
    return notice;
  }

  @FieldResolver(() => Serial, { description: "The unit with its current state; it may never have been commissioned." })
  async serial(@Root() notice: SerialEventNotice, @Ctx() context: SerialsContext): Promise<Serial> {
    if (notice.opensBatch) {
      // Same tick as the load below: one query for every unit of the message; later notices hit the cache.
      void context.loaders.serial.loadMany(notice.batch);
    }
    const found = await context.loaders.serial.load(notice.key);
    return found ?? Object.assign(new Serial(), { ...notice.key, status: SerialStatus.UNCOMMISSIONED });
  }
}
