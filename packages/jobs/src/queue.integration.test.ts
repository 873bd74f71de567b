// pg-boss reports background failures (a lost connection) as "error" events: they go to the
// process's logger (issue 16: no console.* in product code), not to console.error.
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Queue, startQueue } from "./queue.ts";

const started: Queue[] = [];
afterEach(async () => {
  for (const boss of started.splice(0)) await boss.stop({ graceful: false, close: true });
  vi.restoreAllMocks();
});

describe("startQueue", () => {
  it("hands pg-boss's background errors to the given logger, never to console.error", async () => {
    const console_ = vi.spyOn(console, "error").mockImplementation(() => {});
    const seen: Error[] = [];
    const boss = await startQueue(process.env.DATABASE_URL!, {
      supervise: false,
      onError: (error) => seen.push(error),
    });
    started.push(boss);
    const lost = new Error("connection lost");
    boss.emit("error", lost);
    expect(seen).toEqual([lost]);
    expect(console_).not.toHaveBeenCalled();
  });
});
