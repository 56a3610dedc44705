import { formatRateBudget, parseRateBudget } from "./rate-budget";

describe("parseRateBudget", () => {
  it.each([
    ["60/min", { points: 60, seconds: 60 }],
    ["5/s", { points: 5, seconds: 1 }],
    ["1000/10min", { points: 1000, seconds: 600 }],
    ["100000 / h", { points: 100000, seconds: 3600 }],
    ["20/30seconds", { points: 20, seconds: 30 }],
  ])("reads %s", (text, budget) => {
    expect(parseRateBudget(text)).toEqual(budget);
    expect(parseRateBudget(formatRateBudget(budget))).toEqual(budget);
  });

  it("reads off as no limit", () => {
    expect(parseRateBudget("OFF")).toBeNull();
    expect(formatRateBudget(null)).toBe("off");
  });

  it.each(["", "60", "0/min", "-1/min", "60/day", "60/0min", "1/25h", "lots/min"])("refuses %j", (text) => {
    expect(() => parseRateBudget(text)).toThrow(/must be a budget like 60\/min/);
  });
});
