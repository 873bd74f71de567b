import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EnvError, parseEnv } from "./parse-env.ts";

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
});

describe("parseEnv", () => {
  it("applies defaults and coerces numbers", () => {
    expect(parseEnv(schema, {})).toEqual({ PORT: 3000 });
    expect(parseEnv(schema, { PORT: "8080" }).PORT).toBe(8080);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv(schema, { PORT: "", DATABASE_URL: "" })).toEqual({ PORT: 3000 });
  });

  it("names every bad variable in a single line", () => {
    const run = () => parseEnv(schema, { PORT: "99999", DATABASE_URL: "mysql://x" });
    expect(run).toThrow(EnvError);
    try {
      run();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).not.toContain("\n");
      expect(message).toMatch(/PORT: /);
      expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    }
  });
});
