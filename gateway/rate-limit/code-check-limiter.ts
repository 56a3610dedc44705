import { isIPv6 } from "node:net";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { isPublic, type Identity } from "../../lib/auth/identity";
import { formatRateBudget, type RateBudget } from "../../lib/config/rate-budget";
import type { Logger } from "../../lib/log/logger";

/** What one request may do: go on, or wait `retryAfterSeconds`. */
export interface CodeCheckVerdict {
  allowed: boolean;
  /** Whole seconds until the client's window resets (at least 1); 0 when allowed. */
  retryAfterSeconds: number;
  /** The budget the client is held to, e.g. "60/min". */
  budget: string;
}

/**
 * Counts code checks (verify, lookup, Digital Link requests) per client: anonymous callers by
 * network address, token callers by tenant and subject, each class with its own budget.
 */
export interface CodeCheckLimiter {
  take(identity: Identity, checks: number): Promise<CodeCheckVerdict>;
  close(): Promise<void>;
}

export interface CodeCheckLimiterOptions {
  budgets: { public: RateBudget | null; token: RateBudget | null };
  /** Counters shared by every replica through this Redis; in-memory (per process) without it. */
  redisUrl?: string;
  /** Keys carry the deployment's namespace (tests run many hubs on one Redis). @default "serialhub" */
  namespace?: string;
  log: Logger;
}

/**
 * The key an anonymous caller is counted under. IPv4-mapped addresses count as the IPv4
 * address; an IPv6 caller by its /64, which a single household or phone usually holds whole.
 */
export function clientKey(identity: Identity): string {
  if (!isPublic(identity)) {
    return `sub:${identity.tenant}:${identity.sub}`;
  }
  const address = (identity.client ?? "unknown").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (!isIPv6(address)) {
    return `ip:${address}`;
  }
  const [head, tail = ""] = address.toLowerCase().split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === "" ? [] : tail.split(":");
  const groups = address.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `ip6:${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

const ALLOWED = (budget: string): CodeCheckVerdict => ({ allowed: true, retryAfterSeconds: 0, budget });

/** A fresh per-process limiter: the store itself without Redis, the insurance while Redis is down. */
const memoryLimiter = (budget: RateBudget, keyPrefix: string) =>
  new RateLimiterMemory({ points: budget.points, duration: budget.seconds, keyPrefix });

function redisLimiter(client: Redis, budget: RateBudget, keyPrefix: string): RateLimiterAbstract {
  return new RateLimiterRedis({
    storeClient: client,
    points: budget.points,
    duration: budget.seconds,
    keyPrefix,
    // A client over its budget is refused from memory until its window ends: one Redis round trip per replica, not one per request of a flood.
    inMemoryBlockOnConsumed: budget.points + 1,
    // Redis down or not yet connected: count in this process (each replica then allows the full budget) rather than wait or fail.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memoryLimiter(budget, keyPrefix),
  });
}

/** Waits until the client is ready (or the wait is over), so a booting replica counts in Redis from its first request. */
async function ready(client: Redis, ms: number): Promise<void> {
  if (client.status === "ready") {
    return;
  }
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function createCodeCheckLimiter(options: CodeCheckLimiterOptions): Promise<CodeCheckLimiter> {
  const log = options.log.child("[rate-limit] ");
  const namespace = options.namespace ?? "serialhub";
  let client: Redis | undefined;
  if (options.redisUrl && (options.budgets.public || options.budgets.token)) {
    // No offline queue: while Redis is away a check fails at once and the in-memory insurance answers.
    client = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    let warned = false;
    client.on("error", (error: Error) => {
      if (!warned) {
        warned = true;
        log.warn({ error: error.message }, "Redis for rate-limit counters is unreachable: counting per process until it is back");
      }
    });
    client.on("ready", () => {
      warned = false;
    });
    await ready(client, 2000);
  }
  const limiterFor = (budget: RateBudget | null, kind: string): RateLimiterAbstract | null => {
    if (!budget) {
      return null;
    }
    const prefix = `${namespace}:rl:code-checks:${kind}`;
    return client ? redisLimiter(client, budget, prefix) : memoryLimiter(budget, prefix);
  };
  const limiters = { public: limiterFor(options.budgets.public, "public"), token: limiterFor(options.budgets.token, "token") };
  const budgets = { public: formatRateBudget(options.budgets.public), token: formatRateBudget(options.budgets.token) };

  return {
    async take(identity, checks) {
      const kind = isPublic(identity) ? "public" : "token";
      const limiter = limiters[kind];
      if (!limiter || checks <= 0) {
        return ALLOWED(budgets[kind]);
      }
      const key = clientKey(identity);
      // Fragments spread exponentially can ask for 2^190 checks: refused all the same as budget + 1, whereas the memory store
      // let 2^190 points through and Redis takes 64-bit integers only.
      const points = Math.min(checks, limiter.points + 1);
      try {
        await limiter.consume(key, points);
        return ALLOWED(budgets[kind]);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) {
          // Neither Redis nor the insurance could count: verification stays available.
          log.error({ error: (refusal as Error).message }, "Could not count a code check; letting it through");
          return ALLOWED(budgets[kind]);
        }
        // Once per window: the request that crossed the budget (later ones are refused from memory, counted 0).
        if (refusal.consumedPoints > limiter.points && refusal.consumedPoints - points <= limiter.points) {
          log.warn({ client: key, budget: budgets[kind], checks }, "A client went over its code-check budget");
        }
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), budget: budgets[kind] };
      }
    },
    async close() {
      if (client) {
        await client.quit().catch(() => client?.disconnect());
      }
    },
  };
}
