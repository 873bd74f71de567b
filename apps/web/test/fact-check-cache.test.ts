import { describe, expect, it } from "vitest";
import { factCheckCacheControl } from "../app/services/public-cache.server.ts";

describe("factCheckCacheControl", () => {
  const now = Date.parse("2026-12-02T12:00:00Z");
  it("caches a page changed in the last hour for one minute", () => {
    expect(factCheckCacheControl("2026-12-02T11:30:00Z", now)).toBe(
      "public, max-age=60, stale-while-revalidate=60",
    );
  });
  it("caches an older page for five minutes, ten more stale", () => {
    expect(factCheckCacheControl(new Date("2026-12-02T10:59:59Z"), now)).toBe(
      "public, max-age=300, stale-while-revalidate=600",
    );
  });
});
