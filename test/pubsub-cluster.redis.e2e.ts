import { pubSubClusterSuite } from "../lib/testing/pubsub-cluster-suite";

// Runs only when REDIS_URL is set (jest.config.js leaves *.redis.e2e.ts out otherwise).
describe("two hub processes sharing Redis pub/sub", () => {
  pubSubClusterSuite(() => ({ REDIS_URL: process.env.REDIS_URL as string }));
});
