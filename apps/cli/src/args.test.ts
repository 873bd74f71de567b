import { describe, expect, it } from "vitest";
import { intOption, parseCommandArgs } from "./args.ts";
import { UsageError } from "./command.ts";

const usage = "claimdesk match <file> [--limit N]";

describe("parseCommandArgs", () => {
  it("finds the positional argument whether or not flags come first", () => {
    const opts = { limit: { type: "string" } } as const;
    expect(parseCommandArgs(["a.txt"], opts, usage).positionals).toEqual(["a.txt"]);
    const later = parseCommandArgs(["--limit", "3", "a.txt"], opts, usage);
    expect(later.positionals).toEqual(["a.txt"]);
    expect(later.values.limit).toBe("3");
  });

  it("rejects unknown flags and missing values with the usage line", () => {
    const opts = { limit: { type: "string" } } as const;
    expect(() => parseCommandArgs(["--lmit", "3", "a.txt"], opts, usage)).toThrow(UsageError);
    expect(() => parseCommandArgs(["a.txt", "--limit"], opts, usage)).toThrow(
      /Usage: claimdesk match/,
    );
  });
});

describe("intOption", () => {
  it("applies the default and checks the range", () => {
    expect(intOption(undefined, "limit", { min: 1, max: 100, fallback: 5 })).toBe(5);
    expect(intOption("7", "limit", { min: 1, max: 100, fallback: 5 })).toBe(7);
    expect(() => intOption("0", "limit", { min: 1, max: 100, fallback: 5 })).toThrow(
      "--limit must be a whole number from 1 to 100",
    );
    expect(() => intOption("2.5", "limit", { min: 1, max: 100, fallback: 5 })).toThrow(UsageError);
  });
});
