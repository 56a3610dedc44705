import { GroupCommit } from "./group-commit";

/** A write the test finishes by hand. */
function controlledWrites() {
  const writes: { key: string; items: number[]; done: () => void; fail: (error: Error) => void }[] = [];
  const write = (key: string, items: number[]) =>
    new Promise<void>((resolve, reject) => writes.push({ key, items, done: resolve, fail: reject }));
  return { writes, write };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe(GroupCommit.name, () => {
  it("writes a lone item at once, and what arrives meanwhile together in the next write", async () => {
    const { writes, write } = controlledWrites();
    const sut = new GroupCommit(write);
    const settled: number[] = [];
    const first = sut.add("t", 1).then(() => settled.push(1));
    await tick();
    expect(writes.map((w) => w.items)).toEqual([[1]]);
    const later = [2, 3, 4].map((n) => sut.add("t", n).then(() => settled.push(n)));
    await tick();
    expect(writes).toHaveLength(1);
    writes[0].done();
    await first;
    await tick();
    expect(settled).toEqual([1]);
    expect(writes.map((w) => w.items)).toEqual([[1], [2, 3, 4]]);
    writes[1].done();
    await Promise.all(later);
    expect(settled).toEqual([1, 2, 3, 4]);
  });

  it("keeps keys apart and caps a batch", async () => {
    const { writes, write } = controlledWrites();
    const sut = new GroupCommit(write, 2);
    const all = [sut.add("a", 1), sut.add("b", 2), sut.add("a", 3), sut.add("a", 4), sut.add("a", 5)];
    await tick();
    expect(writes.map((w) => [w.key, w.items])).toEqual([
      ["a", [1]],
      ["b", [2]],
    ]);
    writes[0].done();
    await tick();
    writes[2].done();
    await tick();
    writes[1].done();
    writes[3].done();
    await Promise.all(all);
    expect(writes.map((w) => [w.key, w.items])).toEqual([
      ["a", [1]],
      ["b", [2]],
      ["a", [3, 4]],
      ["a", [5]],
    ]);
  });

  it("fails every caller of a failed write, and goes on with the next", async () => {
    const { writes, write } = controlledWrites();
    const sut = new GroupCommit(write);
    const first = sut.add("t", 1);
    await tick();
    const second = sut.add("t", 2);
    writes[0].fail(new Error("deadlock"));
    await expect(first).rejects.toThrow("deadlock");
    await tick();
    writes[1].done();
    await expect(second).resolves.toBeUndefined();
  });
});
