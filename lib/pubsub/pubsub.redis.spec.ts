import { createLogger } from "../log/logger";
import { createPubSub } from "./pubsub";
import { pubSubContract } from "../testing/pubsub-contract";

// Runs only when REDIS_URL is set (jest.config.js leaves *.redis.spec.ts out otherwise).
const redisUrl = process.env.REDIS_URL as string;

describe("pub/sub over Redis", () => {
  pubSubContract((channel) => createPubSub({ databaseUrl: "postgres://unused", redisUrl, channel, log: createLogger(false) }));
});
