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
    ["a dot segment that normalises to a protocol-relative URL", "/.//evil.example/phish"],
    ["a dot-dot segment that normalises to a protocol-relative URL", "/..//evil.example"],
    ["an encoded dot segment", "/%2e//evil.example"],
    ["nested dot segments", "/a/..//evil.example/x"],
  ])("refuses %s", (_what, to) => {
    expect(safeRedirect(to, "/queue")).toBe("/queue");
  });

  it("never returns a Location another host could be read from", () => {
    for (const to of [
      "/.//evil.example/phish",
      "/..//evil.example",
      "/./\\evil.example",
      "/a/../",
    ]) {
      const location = safeRedirect(to);
      expect(location.startsWith("//")).toBe(false);
      expect(new URL(location, "https://desk.example").host).toBe("desk.example");
    }
  });

  it("keeps a normalised path that stays on the site", () => {
    expect(safeRedirect("/claims/./abc")).toBe("/claims/abc");
    expect(safeRedirect("/a/../queue?x=1")).toBe("/queue?x=1");
  });

  it("refuses what is not a string", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(new File(["x"], "x.txt"))).toBe("/");
  });
});
