import { describe, expect, it } from "vitest";
import { safeRedirect } from "../app/lib/safe-redirect.ts";

describe("safeRedirect", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeRedirect("/claims/abc")).toBe("/claims/abc");
    expect(safeRedirect("/search?q=betrayal&speaker=Pete+Hegseth#r2")).toBe(
      "/search?q=betrayal&speaker=Pete+Hegseth#r2",
    );
    expect(safeRedirect("/")).toBe("/");
  });

  it.each([
    ["another site", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example/x"],
    ["a backslash the browser reads as a slash", "/\\evil.example"],
    ["a tab the browser drops", "/\t/evil.example"],
    ["a newline the browser drops", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "claims/abc"],
    ["nothing", ""],
    ["an absurdly long value", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_what, to) => {
    expect(safeRedirect(to, "/queue")).toBe("/queue");
  });

  it("refuses what is not a string", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(new File(["x"], "x.txt"))).toBe("/");
  });
});
