import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, logSettings } from "./log.ts";

function sink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe("logger", () => {
  it("honours LOG_LEVEL", () => {
    const { lines, stream } = sink();
    const log = createLogger("web", { LOG_LEVEL: "warn", NODE_ENV: "production" }, stream);
    log.info("hidden");
    log.warn("shown");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ msg: "shown", app: "web", level: 40 });
  });

  it("writes JSON in production and pretty lines in development", () => {
    expect(logSettings({ NODE_ENV: "production" })).toEqual({ level: "info", format: "json" });
    expect(logSettings({ NODE_ENV: "development" })).toEqual({ level: "info", format: "pretty" });
    expect(logSettings({ NODE_ENV: "test" }).level).toBe("info");
    expect(logSettings({ LOG_FORMAT: "json", LOG_LEVEL: "debug" })).toEqual({
      level: "debug",
      format: "json",
    });
  });

  it("refuses an unknown LOG_LEVEL, naming it", () => {
    expect(() => logSettings({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });

  it("writes plain lines that read '<app>: <message>' outside production", () => {
    const { lines, stream } = sink();
    createLogger("worker", { NODE_ENV: "test" }, stream).info({ runs: 2 }, "stopped");
    const text = lines.join("\n");
    expect(text).toMatch(/INFO: worker: stopped$/m);
    expect(text).toMatch(/runs: 2/);
  });

  it("keeps an error's stack under err", () => {
    const { lines, stream } = sink();
    const log = createLogger("web", { NODE_ENV: "production" }, stream);
    log.error({ err: new Error("boom"), requestId: "r1" }, "request failed");
    const line = JSON.parse(lines[0]!);
    expect(line.requestId).toBe("r1");
    expect(line.err.message).toBe("boom");
    expect(line.err.stack).toContain("Error: boom");
  });
});
