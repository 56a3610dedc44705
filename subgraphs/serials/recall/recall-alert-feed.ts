import { Repeater } from "@graphql-yoga/subscription";
import type { HubPubSub } from "../../../lib/pubsub/pubsub";
import { serialEventsTopic, type SerialEventsPayload } from "../event/serial-events.topics";
import type { RecallAlertQuery, RecallAlertRepository } from "./recall-alert.repository";
import { RecallAlert } from "./recall-alert.types";

/**
 * Live recall alerts of one tenant, from the same announcements as Subscription.serialEvents:
 * each message of committed event ids becomes one query that keeps the events touching
 * recalled (or watched) units.
 */
export class RecallAlertFeed {
  constructor(
    private readonly pubSub: HubPubSub,
    private readonly alerts: RecallAlertRepository,
  ) {}

  watch(tenantId: string, query: RecallAlertQuery): AsyncIterableIterator<RecallAlert> {
    // A Repeater, like SerialEventFeed: an ended subscription stops listening at once.
    return new Repeater<RecallAlert>(async (push, stop) => {
      const messages = (this.pubSub.subscribe(serialEventsTopic(tenantId)) as AsyncIterable<SerialEventsPayload>)[Symbol.asyncIterator]();
      void stop.then(() => messages.return?.());
      for (let message = await messages.next(); !message.done; message = await messages.next()) {
        if (message.value.tenantId !== tenantId) {
          continue;
        }
        const rows = await this.alerts.alerts(tenantId, message.value.eventIds, query);
        const batch = rows.map(({ gtin, serial }) => ({ gtin, serial }));
        for (const [index, row] of rows.entries()) {
          await push(
            Object.assign(new RecallAlert(), {
              key: batch[index],
              recallId: row.recallId,
              event: row.event,
              trigger: row.trigger,
              country: row.country,
              role: row.role,
              batch,
              opensBatch: index === 0,
            }),
          );
        }
      }
      stop();
    });
  }
}
