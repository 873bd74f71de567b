import { describe, expect, it } from "vitest";
import {
  readPersonFilter,
  readStageFilter,
  readVerdictFilter,
  stageHeading,
  stageListHref,
  verdictHeading,
  verdictListHref,
} from "../app/lib/desk-lists.ts";

const range = { from: "2026-11-02", to: "2026-12-02" };
const params = (href: string) => new URL(href, "http://desk.test").searchParams;

describe("the lists a dashboard bar opens", () => {
  it("reads back the verdict group and range the dashboard wrote", () => {
    const href = verdictListHref({ tag: "bridges & tunnels", verdict: "Mostly False" }, range);
    expect(href.startsWith("/queue?")).toBe(true);
    expect(readVerdictFilter(params(href))).toEqual({
      tag: "bridges & tunnels",
      verdict: "Mostly False",
      speaker: undefined,
      outlet: undefined,
      ...range,
    });
    // not a verdict list: no group, or a person's list
    expect(readVerdictFilter(params("/queue?from=2026-11-02&to=2026-12-02"))).toBeUndefined();
    expect(readPersonFilter(params(href))).toBeUndefined();
  });

  it("drops days that are not dates, and a stage list needs both", () => {
    const bad = params("/queue?speaker=Pat+Doe&from=2026-13-45&to=yesterday");
    expect(readVerdictFilter(bad)).toMatchObject({ from: undefined, to: undefined });
    expect(readStageFilter(params("/queue?stage=rated&from=2026-11-02"))).toBeUndefined();
    expect(readStageFilter(params("/queue?stage=done&from=2026-11-02&to=2026-12-02"))).toBe(
      undefined,
    );
    expect(readStageFilter(params(stageListHref("in_research", range)))).toEqual({
      stage: "in_research",
      ...range,
    });
  });

  it("says what each list holds", () => {
    expect(verdictHeading({ speaker: "Pat Doe", verdict: "False", ...range })).toBe(
      "Claims by Pat Doe rated False, approved 2026-11-02 to 2026-12-02",
    );
    expect(verdictHeading({ outlet: "Harbor Times" })).toBe(
      "Claims in Harbor Times with a verdict, approved at any time",
    );
    expect(verdictHeading({ tag: "bridges", verdict: "True", from: "2026-11-02" })).toBe(
      "Claims tagged “bridges” rated True, approved from 2026-11-02",
    );
    expect(stageHeading({ stage: "published", ...range }, "Published")).toBe(
      "Claims published 2026-11-02 to 2026-12-02",
    );
    expect(stageHeading({ stage: "in_research", ...range }, "In research")).toBe(
      "Claims that left In research, 2026-11-02 to 2026-12-02",
    );
  });
});
