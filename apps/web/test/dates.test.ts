import { describe, expect, it } from "vitest";
import { formatDay, formatDayTime } from "~/lib/dates.ts";

const intlDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC" });

describe("formatDay", () => {
  it("matches Intl's en-GB day (UTC) over many dates", () => {
    // Every 37 hours from 1990 to 2035: all days of the month, both sides of midnight UTC.
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2035, 0, 1); t += 37 * 3600 * 1000) {
      const date = new Date(t);
      expect(formatDay(date)).toBe(intlDay.format(date));
      expect(formatDay(date.toISOString())).toBe(intlDay.format(date));
    }
  });

  it("pads day and month, uses UTC", () => {
    expect(formatDay("2024-05-03T23:30:00.000Z")).toBe("03/05/2024");
    expect(formatDay("2024-12-31T00:00:00-02:00")).toBe("31/12/2024");
  });

  it("years outside four digits fall back to Intl", () => {
    const early = new Date(Date.UTC(999, 0, 1));
    expect(formatDay(early)).toBe(intlDay.format(early));
  });

  it("empty or invalid input gives an empty string", () => {
    expect(formatDay(null)).toBe("");
    expect(formatDay(undefined)).toBe("");
    expect(formatDay("")).toBe("");
    expect(formatDay("not a date")).toBe("");
  });

  it("formatDayTime keeps its Intl format", () => {
    expect(formatDayTime("2024-05-31T14:03:09.000Z")).toBe("31/05/2024, 14:03:09");
  });
});
