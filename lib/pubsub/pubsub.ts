import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub as createYogaPubSub } from "@graphql-yoga/subscription";
import { Redis } from "ioredis";
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
  /** Redis for deployments across machines; PostgreSQL LISTEN/NOTIFY when unset. */
  redisUrl?: string;
  /** Namespace of this deployment's events; tests give each hub its own. @default "serialhub" */
  channel?: string;
  log: Logger;
}

/** yoga's topic naming: `publish(key, id, payload)` goes to `key:id`. */
const topicOf = (routingKey: string, args: unknown[]) => (args[1] === undefined ? routingKey : `${routingKey}:${String(args[0])}`);
const payloadOf = (args: unknown[]) => args[1] ?? args[0] ?? null;

async function createPgPubSub(options: PubSubOptions, channel: string): Promise<HubPubSub> {
  const target = new PgEventTarget(options.databaseUrl, channel, options.log.child("[pubsub] "));
  await target.connect();
  const pubsub = createYogaPubSub({ eventTarget: target as never });
  return {
    // Awaited, unlike yoga's fire-and-forget publish.
    publish: (routingKey, ...args) => target.notify(topicOf(routingKey, args), payloadOf(args)),
    subscribe: (routingKey, dynamicId) =>
      dynamicId === undefined ? pubsub.subscribe(routingKey) : pubsub.subscribe(routingKey, dynamicId as never),
    close: () => target.close(),
  };
}

async function createRedisPubSub(options: PubSubOptions, channel: string): Promise<HubPubSub> {
  const log = options.log.child("[pubsub] ");
  const connect = async () => {
    const client = new Redis(options.redisUrl as string, { lazyConnect: true, maxRetriesPerRequest: 3 });
    client.on("error", (error: Error) => log.warn({ error: error.message }, "Redis connection problem"));
    await client.connect();
    return client;
  };
  const [publishClient, subscribeClient] = await Promise.all([connect(), connect()]);
  const pubsub = createYogaPubSub({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) as never });
  // Redis channels are global to the server, so topics carry the deployment's namespace.
  const scoped = (topic: string) => `${channel}:${topic}`;
  return {
    publish: async (routingKey, ...args) => {
      await publishClient.publish(scoped(topicOf(routingKey, args)), JSON.stringify(payloadOf(args)));
    },
    subscribe: (routingKey, dynamicId) => pubsub.subscribe(scoped(dynamicId === undefined ? routingKey : `${routingKey}:${String(dynamicId)}`)),
    close: async () => {
      await Promise.all([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

/** Subscriptions in every process see events published by any process. */
export function createPubSub(options: PubSubOptions): Promise<HubPubSub> {
  const channel = options.channel ?? "serialhub";
  return options.redisUrl ? createRedisPubSub(options, channel) : createPgPubSub(options, channel);
}
