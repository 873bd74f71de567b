import { afterEach, describe, expect, it, vi } from "vitest";
import { exitWhenFlushed } from "./exit-when-flushed.ts";

function slowStream() {
  const pending: (() => void)[] = [];
  return {
    write(_chunk: string, callback: () => void) {
      pending.push(callback);
      return false;
    },
    flush() {
      for (const callback of pending.splice(0)) callback();
    },
  };
}

describe("exitWhenFlushed", () => {
  const exitCode = process.exitCode;
  afterEach(() => {
    process.exitCode = exitCode;
  });

  it("exits only after every stream has taken what was written to it", () => {
    const stdout = slowStream();
    const stderr = slowStream();
    const exit = vi.fn();
    exitWhenFlushed(3, [stdout, stderr], exit);
    expect(exit).not.toHaveBeenCalled();
    stdout.flush();
    expect(exit).not.toHaveBeenCalled();
    stderr.flush();
    expect(exit).toHaveBeenCalledExactlyOnceWith(3);
  });

  it("exits at once when there is nothing to wait for", () => {
    const exit = vi.fn();
    exitWhenFlushed(0, [], exit);
    expect(exit).toHaveBeenCalledExactlyOnceWith(0);
  });
});
