import { describe, expect, it } from "vitest";
import { extractArticleJob, ingestUrlJob } from "./definitions.ts";
import { JobPayloadError, parsePayload } from "./queue.ts";

describe("job payload contracts", () => {
  it("accepts a well-formed payload and returns it typed", () => {
    const payload = parsePayload(ingestUrlJob, {
      v: 1,
      articleId: "ck1",
      url: "https://news.example.org/story",
    });
    expect(payload.url).toBe("https://news.example.org/story");
  });

  it("names every bad field of a payload in one message", () => {
    expect(() => parsePayload(ingestUrlJob, { v: 2, url: "ftp://example.org/x" })).toThrow(
      JobPayloadError,
    );
    try {
      parsePayload(ingestUrlJob, { v: 2, url: "ftp://example.org/x" });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^invalid article-ingest-url v1 payload: /);
      expect(message).toContain("v:");
      expect(message).toContain("articleId:");
      expect(message).toContain("url:");
    }
  });

  it("rejects payloads that are not objects", () => {
    expect(() => parsePayload(extractArticleJob, "ck1")).toThrow(
      /invalid article-extract v1 payload/,
    );
    expect(() => parsePayload(extractArticleJob, null)).toThrow(JobPayloadError);
  });
});
