import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { readDemoArticles } from "../seed/demo-articles.ts";
import { createTextArticle } from "./create-text-article.ts";
import { extractArticle } from "./extract-article.ts";

describe("createTextArticle + extractArticle", () => {
  it("stores statements with offsets into the body, speakers once, and claims by fingerprint", async () => {
    const db = getDb();
    const demo = readDemoArticles().find((a) => a.name === "harbor-bridge-budget.txt")!;
    const { article, duplicate } = await createTextArticle(db, { body: demo.text });
    expect(duplicate).toBe(false);
    expect(article.title).toBe("City Council Splits Over Harbor Bridge Repair Budget");
    const result = await extractArticle(db, article.id);
    expect(result.statements).toBeGreaterThan(3);

    const statements = await db.statement.findMany({
      where: { articleId: article.id },
      include: { speaker: true },
    });
    for (const s of statements) {
      const span = article.body.slice(s.start, s.end);
      expect(span.length).toBeGreaterThan(0);
      if (s.kind === "direct_quote") expect(span).toBe(s.text);
    }
    const vasquez = statements.find((s) =>
      s.text.startsWith("This bridge carries 62,000 vehicles"),
    );
    expect(vasquez?.kind).toBe("direct_quote");
    expect(vasquez?.speaker?.name).toBe("Elena Vasquez");

    // Idempotent: a second run replaces, not duplicates.
    await extractArticle(db, article.id);
    expect(await db.statement.count({ where: { articleId: article.id } })).toBe(statements.length);
    expect(await db.speaker.count({ where: { name: "Elena Vasquez" } })).toBe(1);
    const updated = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(updated.status).toBe("ready");
    expect(await db.outboxEvent.count({ where: { entityType: "statement" } })).toBeGreaterThan(0);
  });

  it("recognises the same article pasted twice", async () => {
    const db = getDb();
    const text = "A Title\nThe city spent $4 million on roads in 2023, officials said.";
    const first = await createTextArticle(db, { body: text });
    const second = await createTextArticle(db, { body: text.replace("A Title", "a   title") });
    expect(second.duplicate).toBe(true);
    expect(second.article.id).toBe(first.article.id);
  });

  it("refuses empty and binary input with a readable reason", async () => {
    const db = getDb();
    await expect(createTextArticle(db, { body: "   \n  " })).rejects.toThrow(/needs a title/);
    await expect(createTextArticle(db, { body: "Title\n\u0000\u0001" })).rejects.toThrow(/binary/);
    await expect(createTextArticle(db, { body: "Only a title" })).rejects.toThrow(/no text/);
  });
});
