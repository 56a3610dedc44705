import { createPubSub } from "@graphql-yoga/subscription";
import type { HubPubSub } from "../../../lib/pubsub/pubsub";
import type { EventRepository, SerialEventRow } from "./event.repository";
import { SerialEvent } from "./serial-event.entity";
import { SerialEventFeed } from "./serial-event-feed";
import { serialEventsTopic } from "./serial-events.topics";

const row = (serial: string, eventId: string): SerialEventRow => ({
  gtin: "10614141073464",
  serial,
  role: "epc",
  event: Object.assign(new SerialEvent(), { eventId }),
});

function setUp(rows: (eventIds: readonly string[]) => SerialEventRow[]) {
  const yoga = createPubSub();
  const unsubscribed = jest.fn();
  const pubSub = {
    publish: async (topic: string, payload: unknown) => yoga.publish(topic as never, payload as never),
    subscribe: (topic: string) => {
      const source = yoga.subscribe(topic as never)[Symbol.asyncIterator]();
      return {
        next: () => source.next(),
        return: () => {
          unsubscribed();
          return source.return?.() ?? Promise.resolve({ done: true, value: undefined });
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
    close: async () => undefined,
  } as unknown as HubPubSub;
  const standingBySerial = jest.fn(async (_tenant: string, eventIds: readonly string[]) => rows(eventIds));
  const feed = new SerialEventFeed(pubSub, { standingBySerial } as unknown as EventRepository);
  return { pubSub, feed, standingBySerial, unsubscribed };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("SerialEventFeed", () => {
  it("reads each message's events with one query and yields a notice per unit", async () => {
    const { pubSub, feed, standingBySerial } = setUp((ids) => ids.flatMap((id) => [row(`${id}-1`, id), row(`${id}-2`, id)]));
    const notices = feed.watch("acme", { gtin: "10614141073464" });
    const first = notices.next();
    await tick();
    await pubSub.publish(serialEventsTopic("acme"), { tenantId: "acme", eventIds: ["e1", "e2"] });

    const received = [(await first).value, ...(await Promise.all([notices.next(), notices.next(), notices.next()])).map((r) => r.value)];
    expect(received.map((notice) => [notice.key.serial, notice.event.eventId, notice.opensBatch])).toEqual([
      ["e1-1", "e1", true],
      ["e1-2", "e1", false],
      ["e2-1", "e2", false],
      ["e2-2", "e2", false],
    ]);
    expect(received[3].batch).toBe(received[0].batch);
    expect(received[0].batch).toHaveLength(4);
    expect(standingBySerial).toHaveBeenCalledTimes(1);
    expect(standingBySerial).toHaveBeenCalledWith("acme", ["e1", "e2"], { gtin: "10614141073464" });
    await notices.return?.();
  });

  it("skips a message that names another tenant", async () => {
    const { pubSub, feed, standingBySerial } = setUp((ids) => ids.map((id) => row("1", id)));
    const notices = feed.watch("acme", {});
    const next = notices.next();
    await tick();
    await pubSub.publish(serialEventsTopic("acme"), { tenantId: "globex", eventIds: ["g1"] });
    await pubSub.publish(serialEventsTopic("acme"), { tenantId: "acme", eventIds: ["a1"] });
    expect((await next).value.event.eventId).toBe("a1");
    expect(standingBySerial).toHaveBeenCalledTimes(1);
    await notices.return?.();
  });

  it("stops listening as soon as the subscription ends, without waiting for another message", async () => {
    const { feed, unsubscribed } = setUp(() => []);
    const notices = feed.watch("acme", {});
    const pending = notices.next();
    await tick();
    await notices.return?.();
    expect(unsubscribed).toHaveBeenCalledTimes(1);
    expect(await pending).toEqual({ done: true, value: undefined });
  });
});
