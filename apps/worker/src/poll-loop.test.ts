import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as log from "./log.ts";
import { startPollLoop } from "./poll-loop.ts";

describe("startPollLoop", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs at once, then pollMs after each run, and goes on after a failing run", async () => {
    const logged = vi.spyOn(log, "logError").mockImplementation(() => {});
    let runs = 0;
    const loop = startPollLoop("test loop", 1000, async () => {
      runs++;
      if (runs === 2) throw new Error("flaky upstream");
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toBe(2);
    expect(logged).toHaveBeenCalledWith("test loop: flaky upstream");
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(3);
    await loop.stop();
  });

  it("stop() waits for the run in progress and starts no other", async () => {
    let release!: () => void;
    let runs = 0;
    let finished = 0;
    const loop = startPollLoop("test loop", 10, async () => {
      runs++;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      finished++;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    let stopped = false;
    const stopping = loop.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(finished).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(1);
  });
});
