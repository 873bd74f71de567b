import { describe, expect, it } from "vitest";
import { InFlight } from "./in-flight.ts";

describe("InFlight", () => {
  it("keeps an article held while any of its jobs still runs", async () => {
    const inFlight = new InFlight();
    let finishSlow!: () => void;
    const slow = inFlight.track(
      inFlight.articles,
      "a1",
      () => new Promise<void>((resolve) => (finishSlow = resolve)),
    );
    // A second job for the same article skips at once (another worker holds it).
    await inFlight.track(inFlight.articles, "a1", async () => "skipped");
    expect([...inFlight.articles]).toEqual(["a1"]);
    finishSlow();
    await slow;
    expect([...inFlight.articles]).toEqual([]);
  });

  it("releases an id when its handler throws", async () => {
    const inFlight = new InFlight();
    await expect(
      inFlight.track(inFlight.reindexRuns, "r1", async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(inFlight.reindexRuns.size).toBe(0);
  });
});
