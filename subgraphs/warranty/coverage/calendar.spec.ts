import { addMonths, daysBetween, localDateOf, offsetMinutes } from "./calendar";

describe("calendar", () => {
  it.each([
    ["2025-01-15", 1, "2025-02-15"],
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-01-31", 2, "2025-03-31"],
    ["2025-03-31", 1, "2025-04-30"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2025-11-30", 3, "2026-02-28"],
    ["2025-12-31", 1, "2026-01-31"],
    ["2025-08-31", 6, "2026-02-28"],
    ["2025-06-10", 0, "2025-06-10"],
  ])("%s + %i months is %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("counts days across month and year ends", () => {
    expect(daysBetween("2025-02-28", "2025-03-01")).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2025-03-10", "2025-03-01")).toBe(-9);
  });

  it("dates an event on the local day where it happened", () => {
    const instant = new Date("2025-01-31T23:30:00Z");
    expect(localDateOf(instant, "+00:00")).toBe("2025-01-31");
    expect(localDateOf(instant, "+01:00")).toBe("2025-02-01");
    expect(localDateOf(new Date("2025-02-01T03:00:00Z"), "-05:00")).toBe("2025-01-31");
    expect(offsetMinutes("+05:30")).toBe(330);
    expect(offsetMinutes("bad")).toBe(0);
  });
});
