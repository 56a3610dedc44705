import { PUBLIC_IDENTITY, type Identity } from "../../lib/auth/identity";
import { DEFAULT_RATE_LIMITS } from "../../lib/config/config";
import { parseRateBudget } from "../../lib/config/rate-budget";
import { createLogger } from "../../lib/log/logger";
import { DEFAULT_RULE_SETTINGS } from "../../subgraphs/serials/rules/rule-settings";
import { clientKey, createCodeCheckLimiter } from "./code-check-limiter";

const anonymous = (client: string): Identity => ({ ...PUBLIC_IDENTITY, client });
const user: Identity = { tenant: "acme", sub: "alice", roles: ["integrator"] };

describe("clientKey", () => {
  it("counts anonymous callers by address, token callers by tenant and subject", () => {
    expect(clientKey(anonymous("203.0.113.7"))).toBe("ip:203.0.113.7");
    expect(clientKey(anonymous("::ffff:203.0.113.7"))).toBe("ip:203.0.113.7");
    expect(clientKey(user)).toBe("sub:acme:alice");
  });

  it("counts an IPv6 caller by its /64", () => {
    expect(clientKey(anonymous("2001:db8:0:12:aaaa::1"))).toBe("ip6:2001:db8:0:12::/64");
    expect(clientKey(anonymous("2001:DB8::12:bbbb:1"))).toBe("ip6:2001:db8:0:0::/64");
    expect(clientKey(anonymous("::1"))).toBe("ip6:0:0:0:0::/64");
  });
});

describe("createCodeCheckLimiter (in memory)", () => {
  const log = createLogger(false);

  it("allows the budget per client and window, then refuses with the time left", async () => {
    const limiter = await createCodeCheckLimiter({ budgets: { public: { points: 3, seconds: 60 }, token: { points: 10, seconds: 60 } }, log });
    const client = anonymous("198.51.100.1");
    const verdicts = [];
    for (let i = 0; i < 5; i += 1) {
      verdicts.push(await limiter.take(client, 1));
    }
    expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, true, false, false]);
    expect(verdicts[3]).toMatchObject({ budget: "3/min" });
    expect(verdicts[3].retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(verdicts[3].retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another address, and a token caller, have budgets of their own.
    expect((await limiter.take(anonymous("198.51.100.2"), 1)).allowed).toBe(true);
    expect((await limiter.take(user, 10)).allowed).toBe(true);
    expect((await limiter.take(user, 1)).allowed).toBe(false);
    await limiter.close();
  });

  it("charges a request all its checks at once, and refuses one that asks more than is left", async () => {
    const limiter = await createCodeCheckLimiter({ budgets: { public: { points: 100, seconds: 60 }, token: null }, log });
    expect((await limiter.take(anonymous("198.51.100.3"), 60)).allowed).toBe(true);
    expect((await limiter.take(anonymous("198.51.100.3"), 50)).allowed).toBe(false);
    // An operation asking for more checks than any budget (fragments spread 190 levels deep) is refused like any other.
    expect(await limiter.take(anonymous("198.51.100.4"), 2 ** 190)).toMatchObject({ allowed: false, budget: "100/min" });
    expect((await limiter.take(anonymous("198.51.100.4"), 1)).allowed).toBe(false);
    // off: a token caller is never counted.
    expect((await limiter.take(user, 1_000_000)).allowed).toBe(true);
    await limiter.close();
  });
});

describe("the default budget and SERIAL_ENUMERATION", () => {
  // Refused checks never reach serials: the rule must fire on what the budget lets through.
  it("lets a guessing client reach the rule's threshold within one budget window", () => {
    const budget = parseRateBudget(DEFAULT_RATE_LIMITS.public) as { points: number; seconds: number };
    expect(budget.points).toBeGreaterThanOrEqual(DEFAULT_RULE_SETTINGS.enumerationUnknown);
    expect(budget.seconds).toBeLessThanOrEqual(DEFAULT_RULE_SETTINGS.enumerationWindowMinutes * 60);
  });
});

describe("createCodeCheckLimiter with Redis unreachable", () => {
  it("keeps counting in this process (the insurance limiter) instead of failing or letting everything through", async () => {
    const limiter = await createCodeCheckLimiter({
      budgets: { public: { points: 2, seconds: 60 }, token: null },
      redisUrl: "redis://127.0.0.1:1",
      log: createLogger(false),
    });
    const client = anonymous("198.51.100.9");
    const allowed = [];
    for (let i = 0; i < 4; i += 1) {
      allowed.push((await limiter.take(client, 1)).allowed);
    }
    expect(allowed).toEqual([true, true, false, false]);
    await limiter.close();
  });
});
