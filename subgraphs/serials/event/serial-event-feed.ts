import { Repeater } from "@graphql-yoga/subscription";
import type { HubPubSub } from "../../../lib/pubsub/pubsub";
import type { SerialRange } from "../../../lib/serials/serial-range";
import type { EventRepository } from "./event.repository";
import { SerialEventNotice } from "./serial-event-notice.type";
import { serialEventsTopic, type SerialEventsPayload } from "./serial-events.topics";

export interface SerialEventFeedFilter {
  /** GTIN-14. */
  gtin?: string;
  serialRange?: SerialRange;
}

/**
 * Live events of one tenant, one notice per (unit, event). A pub/sub message carries only
 * event ids; each is read back (standing events only, filtered in SQL) with one query.
 */
export class SerialEventFeed {
  constructor(
    private readonly pubSub: HubPubSub,
    private readonly events: EventRepository,
  ) {}

  watch(tenantId: string, filter: SerialEventFeedFilter): AsyncIterableIterator<SerialEventNotice> {
    // A Repeater, not an async generator: a generator waiting for the next message cannot be
    // returned until that message arrives, so an ended subscription would keep listening.
    return new Repeater<SerialEventNotice>(async (push, stop) => {
      const messages = (this.pubSub.subscribe(serialEventsTopic(tenantId)) as AsyncIterable<SerialEventsPayload>)[Symbol.asyncIterator]();
      void stop.then(() => messages.return?.());
      for (let message = await messages.next(); !message.done; message = await messages.next()) {
        if (message.value.tenantId !== tenantId) {
          continue;
        }
        const rows = await this.events.standingBySerial(tenantId, message.value.eventIds, filter);
        const batch = rows.map(({ gtin, serial }) => ({ gtin, serial }));
        for (const [index, row] of rows.entries()) {
          await push(
            Object.assign(new SerialEventNotice(), { key: batch[index], event: row.event, role: row.role, batch, opensBatch: index === 0 }),
          );
        }
      }
      stop();
    });
  }
}
