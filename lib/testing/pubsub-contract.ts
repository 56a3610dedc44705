import { randomBytes } from "node:crypto";
import type { HubPubSub } from "../pubsub/pubsub";

/** Waits for the next value or fails after `ms`. */
export async function nextOrTimeout<T>(iterator: AsyncIterator<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  const next = iterator.next().then((result) => result.value as T);
  const winner = await Promise.race([next, timeout]);
  clearTimeout(timer);
  return winner;
}

/**
 * What every pub/sub backend must do, run against each real backend: two instances stand
 * for two processes.
 */
export function pubSubContract(make: (channel: string) => Promise<HubPubSub>): void {
  let channel: string;
  let publisher: HubPubSub;
  let subscriber: HubPubSub;
  let stranger: HubPubSub;

  beforeEach(async () => {
    channel = `test_${randomBytes(4).toString("hex")}`;
    [publisher, subscriber, stranger] = await Promise.all([make(channel), make(channel), make(`${channel}_other`)]);
  });

  afterEach(async () => {
    await Promise.all([publisher.close(), subscriber.close(), stranger.close()]);
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it("delivers an event published by one process to a subscriber in another", async () => {
    const events = subscriber.subscribe("anomaly.acme")[Symbol.asyncIterator]();
    const pending = nextOrTimeout(events, 2000);
    await settle();
    await publisher.publish("anomaly.acme", { id: "a1", kind: "UNKNOWN_SERIAL" });
    expect(await pending).toEqual({ id: "a1", kind: "UNKNOWN_SERIAL" });
    await events.return?.();
  });

  it("delivers a burst published at once, every event once and in order", async () => {
    const events = subscriber.subscribe("anomaly.acme")[Symbol.asyncIterator]();
    const received: unknown[] = [];
    const all = (async () => {
      while (received.length < 300) {
        const next = await nextOrTimeout(events, 5000);
        if (next === "timeout") {
          return;
        }
        received.push(next);
      }
    })();
    await settle();
    await Promise.all(Array.from({ length: 300 }, (_, i) => publisher.publish("anomaly.acme", { id: `b${i}` })));
    await all;
    expect(received).toEqual(Array.from({ length: 300 }, (_, i) => ({ id: `b${i}` })));
    await events.return?.();
  });

  it("keeps topics and deployments apart", async () => {
    const otherTopic = subscriber.subscribe("anomaly.globex")[Symbol.asyncIterator]();
    const otherDeployment = stranger.subscribe("anomaly.acme")[Symbol.asyncIterator]();
    const pendingTopic = nextOrTimeout(otherTopic, 500);
    const pendingDeployment = nextOrTimeout(otherDeployment, 500);
    await settle();
    await publisher.publish("anomaly.acme", { id: "a2" });
    expect(await pendingTopic).toBe("timeout");
    expect(await pendingDeployment).toBe("timeout");
    await Promise.all([otherTopic.return?.(), otherDeployment.return?.()]);
  });
}
