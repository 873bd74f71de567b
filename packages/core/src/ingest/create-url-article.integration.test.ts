import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { submitArticle } from "../review/submit-article.ts";
import { createTestUser } from "../testing/index.ts";
import { createUrlArticle } from "./create-url-article.ts";

describe("article URLs", () => {
  it("never stores a javascript: (or other non-http) URL on an article, where the page renders it as a link", async () => {
    const db = getDb();
    const reviewer = await createTestUser(getDb(), "reviewer");
    for (const url of [
      "javascript:alert(document.cookie)",
      "JavaScript:alert(1)",
      "data:text/html,x",
    ]) {
      await expect(submitArticle(db, { actorId: reviewer.id, url })).rejects.toMatchObject({
        code: "BAD_REQUEST",
      });
      await expect(createUrlArticle(db, { url })).rejects.toBeInstanceOf(DomainError);
    }
    const stored = await db.article.findMany({ where: { url: { not: null } } });
    for (const a of stored) expect(a.url).toMatch(/^https?:\/\//);
  });

  it("still stores an http URL the fetch policy refuses as failed, with the reason", async () => {
    const { article } = await createUrlArticle(getDb(), { url: "http://10.0.0.7/x" });
    expect(article.status).toBe("failed");
    expect(article.error).toBe("Refused: 10.0.0.7 is a private address");
  });
});
