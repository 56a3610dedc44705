import { liveLoader } from "./live-loader";

describe("liveLoader", () => {
  it("reads each key once within the TTL, batching keys asked in one tick", async () => {
    const asked: string[][] = [];
    const loader = liveLoader<string, { id: string }>(async (keys) => {
      asked.push([...keys]);
      return keys.map((id) => ({ id }));
    }, (item) => (typeof item === "string" ? item : item.id), 60_000);
    await Promise.all([loader.load("a"), loader.load("b"), loader.load("a")]);
    await loader.load("a");
    expect(asked).toEqual([["a", "b"]]);
  });

  it("reads again after the TTL and after a failure", async () => {
    let calls = 0;
    const loader = liveLoader<string, { id: string }>(async (keys) => {
      calls += 1;
      if (calls === 1) {
        throw new Error("database down");
      }
      return keys.map((id) => ({ id }));
    }, (item) => (typeof item === "string" ? item : item.id), 1);
    await expect(loader.load("a")).rejects.toThrow("database down");
    await expect(loader.load("a")).resolves.toEqual({ id: "a" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await loader.load("a");
    expect(calls).toBe(3);
  });

  it("answers null for keys that found nothing, and stays within its size", async () => {
    const loader = liveLoader<string, { id: string }>(async () => [], (item) => (typeof item === "string" ? item : item.id), 60_000, 2);
    expect(await loader.load("x")).toBeNull();
    await Promise.all(["a", "b", "c", "d"].map((key) => loader.load(key)));
  });
});
