import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../articles/extract-article.ts";
import { createTestUser } from "../testing/index.ts";
import { submitArticle } from "./submit-article.ts";

const body = (stamp: number) =>
  `Officials met on Tuesday. The port authority spent $${stamp % 1000} million on dredging in 2023, the highest on record, Mayor Ruth Ellison said. Critics disagreed.`;

describe("submitting pasted text or a file with its details", () => {
  it("stores the headline, outlet, publication date and original URL; claims are said on the article's date", async () => {
    const db = getDb();
    const reviewer = await createTestUser(db, "reviewer");
    const stamp = Date.now();
    const submitted = await submitArticle(db, {
      actorId: reviewer.id,
      text: body(stamp),
      headline: `Dredging costs questioned ${stamp}`,
      outlet: "Harbor Times",
      publishedAt: new Date("2026-11-20T00:00:00Z"),
      url: `https://www.harbortimes.example/dredging-${stamp}?utm_source=x#top`,
    });
    const article = await db.article.findUniqueOrThrow({
      where: { id: submitted.articleId },
      include: { outlet: true },
    });
    expect(article).toMatchObject({
      title: `Dredging costs questioned ${stamp}`,
      body: body(stamp),
      url: `https://www.harbortimes.example/dredging-${stamp}`,
      publishedAt: new Date("2026-11-20T00:00:00Z"),
      outlet: { name: "Harbor Times", domain: "harbortimes.example" },
    });
    await extractArticle(db, article.id);
    const claim = await db.claim.findFirstOrThrow({
      where: { statements: { some: { articleId: article.id } } },
    });
    expect(claim.claimDate).toEqual(new Date("2026-11-20T00:00:00Z"));
  });

  it("reads an uploaded HTML file as the CLI does (scripts gone), and an undated article says no date", async () => {
    const db = getDb();
    const reviewer = await createTestUser(db, "reviewer");
    const stamp = Date.now();
    const html = `<!doctype html><html><head><title>Ignored title</title><script>alert(1)</script></head>
      <body><article><h1>Ignored title</h1><p>${body(stamp)}</p><p onclick="x()">Second paragraph of the story.</p></article></body></html>`;
    const submitted = await submitArticle(db, {
      actorId: reviewer.id,
      file: { name: "story.html", content: html },
      headline: `Uploaded story ${stamp}`,
    });
    const article = await db.article.findUniqueOrThrow({ where: { id: submitted.articleId } });
    expect(article.title).toBe(`Uploaded story ${stamp}`);
    expect(article.source).toBe("file");
    expect(article.body).toContain("Second paragraph of the story.");
    expect(article.body).not.toContain("alert");
    expect(article.html ?? "").not.toMatch(/<script|onclick/);
    await extractArticle(db, article.id);
    const claim = await db.claim.findFirstOrThrow({
      where: { statements: { some: { articleId: article.id } } },
    });
    expect(claim.claimDate).toBeNull();
  });

  it("refuses a bad original URL, a future date and a file that is not text or HTML, naming the field", async () => {
    const db = getDb();
    const reviewer = await createTestUser(db, "reviewer");
    const text = body(Date.now());
    await expect(
      submitArticle(db, { actorId: reviewer.id, text, url: "javascript:alert(1)" }),
    ).rejects.toThrow(/^url: /);
    await expect(
      submitArticle(db, { actorId: reviewer.id, text, publishedAt: new Date(Date.now() + 9e9) }),
    ).rejects.toThrow(/^publishedAt: .*future/);
    await expect(
      submitArticle(db, { actorId: reviewer.id, file: { name: "x.pdf", content: "%PDF" } }),
    ).rejects.toThrow(/only .txt and .html/);
  });
});
