import { randomUUID } from "node:crypto";
import { PUBLIC_IDENTITY } from "../../lib/auth/identity";
import { createLogger } from "../../lib/log/logger";
import { createCodeCheckLimiter } from "./code-check-limiter";

// Runs only when REDIS_URL is set (jest.config.js leaves *.redis.spec.ts out otherwise).
describe("createCodeCheckLimiter on Redis", () => {
  it("counts an operation asking for 2^190 checks in Redis, so every replica refuses the client", async () => {
    const options = {
      budgets: { public: { points: 5, seconds: 60 }, token: null },
      redisUrl: process.env.REDIS_URL as string,
      namespace: `test-${randomUUID()}`,
      log: createLogger(false),
    };
    const [first, second] = await Promise.all([createCodeCheckLimiter(options), createCodeCheckLimiter(options)]);
    const client = { ...PUBLIC_IDENTITY, client: "198.51.100.77" };
    try {
      // Redis counts in 64-bit integers: 2^190 would be an error, counted only in the first replica's memory.
      expect((await first.take(client, 2 ** 190)).allowed).toBe(false);
      const second1 = await second.take(client, 1);
      console.log(`2^190 checks on one replica; the other then answers allowed=${second1.allowed} (budget ${second1.budget})`);
      expect(second1.allowed).toBe(false);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
