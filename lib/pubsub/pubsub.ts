import { createPubSub as createYogaPubSub } from "@graphql-yoga/subscription";
import type { PubSub } from "type-graphql";
import type { Logger } from "../log/logger";
import { PgEventTarget } from "./pg-event-target";

/** type-graphql's PubSub; `publish` resolves once the event is on its way to every process. */
export interface HubPubSub extends PubSub {
  publish(routingKey: string, ...args: unknown[]): Promise<void>;
  close(): Promise<void>;
}

export interface PubSubOptions {
  databaseUrl: string;
  /** One channel per deployment; tests use their own so parallel runs do not cross. @default "serialhub" */
  channel?: string;
  log: Logger;
}

/** Subscriptions in every process see events published by any process (LISTEN/NOTIFY). */
export async function createPubSub(options: PubSubOptions): Promise<HubPubSub> {
  const target = new PgEventTarget(options.databaseUrl, options.channel ?? "serialhub", options.log.child("[pubsub] "));
  await target.connect();
  const pubsub = createYogaPubSub({ eventTarget: target as never });
  return {
    // Same topic naming as yoga's publish, but awaited rather than fire-and-forget.
    publish: (routingKey: string, ...args: unknown[]) =>
      target.notify(args[1] === undefined ? routingKey : `${routingKey}:${String(args[0])}`, args[1] ?? args[0] ?? null),
    subscribe: (routingKey: string, dynamicId?: unknown) =>
      dynamicId === undefined ? pubsub.subscribe(routingKey) : pubsub.subscribe(routingKey, dynamicId as never),
    close: () => target.close(),
  };
}
