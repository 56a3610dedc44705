import { sharedReading } from "./shared-reading";

describe("sharedReading", () => {
  it("asks once for concurrent callers, keeps the answer ttl, then asks again", async () => {
    let clock = 0;
    let asked = 0;
    const release: (() => void)[] = [];
    const read = sharedReading(
      () =>
        new Promise<number>((resolve) => {
          asked += 1;
          release.push(() => resolve(asked));
        }),
      5000,
      () => clock,
    );
    const waiting = Array.from({ length: 20 }, () => read());
    expect(asked).toBe(1);
    release[0]();
    expect(await Promise.all(waiting)).toEqual(Array.from({ length: 20 }, () => 1));
    clock = 4999;
    expect(await read()).toBe(1);
    expect(asked).toBe(1);
    clock = 5000;
    const next = read();
    expect(asked).toBe(2);
    release[1]();
    expect(await next).toBe(2);
  });

  it("keeps no failure: the next caller asks again", async () => {
    let asked = 0;
    const read = sharedReading(async () => {
      asked += 1;
      if (asked === 1) {
        throw new Error("database down");
      }
      return asked;
    }, 5000);
    const failed = await Promise.allSettled([read(), read()]);
    expect(failed.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect(await read()).toBe(2);
    expect(asked).toBe(2);
  });
});
