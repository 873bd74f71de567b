import { describe, expect, it } from "vitest";
import { formatDay, formatDayTime } from "~/lib/dates.ts";

describe("formatDay", () => {
  it("is the UTC day of toISOString over many dates", () => {
    // Every 37 hours from 1990 to 2035: all days of the month, both sides of midnight UTC.
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2035, 0, 1); t += 37 * 3600 * 1000) {
      const date = new Date(t);
      expect(formatDay(date)).toBe(date.toISOString().slice(0, 10));
      expect(formatDay(date.toISOString())).toBe(date.toISOString().slice(0, 10));
    }
  });

  it("writes year-month-day, padded, in UTC", () => {
    expect(formatDay("2024-05-03T23:30:00.000Z")).toBe("2024-05-03");
    expect(formatDay("2024-12-31T00:00:00-02:00")).toBe("2024-12-31");
    expect(formatDay(new Date(Date.UTC(999, 0, 1)))).toBe("0999-01-01");
  });

  it("empty or invalid input gives an empty string", () => {
    expect(formatDay(null)).toBe("");
    expect(formatDay(undefined)).toBe("");
    expect(formatDay("")).toBe("");
    expect(formatDay("not a date")).toBe("");
  });

  it("formatDayTime adds the UTC time and says it is UTC", () => {
    expect(formatDayTime("2024-05-31T14:03:09.000Z")).toBe("2024-05-31 14:03:09 UTC");
    expect(formatDayTime("nope")).toBe("");
  });
});
