import { Repeater } from "@graphql-yoga/subscription";
import type { HubPubSub } from "../../../lib/pubsub/pubsub";
import { jobTopic, type JobPayload } from "./job.topics";

/** Progress of one job of one tenant, as the runner publishes it after each batch. */
export class JobFeed {
  constructor(private readonly pubSub: HubPubSub) {}

  watch(tenantId: string, jobId: string): AsyncIterableIterator<JobPayload> {
    // A Repeater, as SerialEventFeed: an ended subscription stops listening at once.
    return new Repeater<JobPayload>(async (push, stop) => {
      const messages = (this.pubSub.subscribe(jobTopic(jobId)) as AsyncIterable<JobPayload>)[Symbol.asyncIterator]();
      void stop.then(() => messages.return?.());
      for (let message = await messages.next(); !message.done; message = await messages.next()) {
        // The caller checked the job is its tenant's; the payload is checked again all the same.
        if (message.value.tenantId === tenantId) {
          await push(message.value);
        }
      }
      stop();
    });
  }
}
