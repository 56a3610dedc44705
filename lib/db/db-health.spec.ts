import { DbHealth } from "./db-health";

describe("DbHealth", () => {
  it("asks the database once per cache period, however many callers, sharing a probe in flight", async () => {
    let probes = 0;
    const health = new DbHealth({ probe: async () => (probes += 1), cacheMs: 60_000 });
    const answers = await Promise.all(Array.from({ length: 50 }, () => health.reachable()));
    expect(answers.every(Boolean)).toBe(true);
    expect(await health.reachable()).toBe(true);
    expect(probes).toBe(1);
  });

  it("counts a probe that fails or does not answer in time as unreachable, and asks again after the cache period", async () => {
    const changes: boolean[] = [];
    let mode: "hang" | "fail" | "ok" = "hang";
    const health = new DbHealth({
      probe: () => (mode === "hang" ? new Promise(() => undefined) : mode === "fail" ? Promise.reject(new Error("ECONNREFUSED")) : Promise.resolve()),
      timeoutMs: 20,
      cacheMs: 0,
      onChange: (reachable) => changes.push(reachable),
    });
    expect(await health.reachable()).toBe(false);
    mode = "fail";
    expect(await health.reachable()).toBe(false);
    mode = "ok";
    expect(await health.reachable()).toBe(true);
    expect(health.lastKnown).toBe(true);
    expect(changes).toEqual([false, true]);
  });
});
