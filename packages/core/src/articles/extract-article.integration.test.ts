import { getDb } from "@claimdesk/db";
import { fingerprintText } from "@claimdesk/extraction";
import { describe, expect, it } from "vitest";
import { readDemoArticles } from "../seed/demo-articles.ts";
import { createTextArticle } from "./create-text-article.ts";
import { capStatements, extractArticle } from "./extract-article.ts";

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

  it("stores a paraphrase with quoted words inside as mixed speech, with its speaker", async () => {
    const db = getDb();
    const { article } = await createTextArticle(db, {
      body: `Senator Backs Plan ${Date.now()}\n\nWASHINGTON — Senator Maria Lopez said the new tariff plan was "a gift to the importers" and would raise prices for families by 12 percent.`,
    });
    await extractArticle(db, article.id);
    const mixed = await db.statement.findFirstOrThrow({
      where: { articleId: article.id, kind: "mixed" },
      include: { speaker: true },
    });
    expect(mixed.text).toContain('"a gift to the importers"');
    expect(mixed.speaker?.name).toBe("Maria Lopez");
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.extractionNote).toBeNull();
  });

  it("stores a reported question as a question with its asker, never a claim, even by fingerprint", async () => {
    const db = getDb();
    const question = "whether the $40 million bridge repair would grow 12 percent by 2027";
    // A claim that already has the question's fingerprint (an imported check, say): not joined.
    const existing = await db.claim.create({
      data: { text: question, fingerprint: fingerprintText(question), checkworthiness: 0.9 },
    });
    const { article } = await createTextArticle(db, {
      body: `Bridge Budget Questioned ${Date.now()}\n\nCouncillor Priya Banerjee asked ${question}.`,
    });
    await extractArticle(db, article.id);
    const stored = await db.statement.findFirstOrThrow({
      where: { articleId: article.id, kind: "question" },
      include: { speaker: true },
    });
    expect(stored.text).toBe(question);
    expect(article.body.slice(stored.start, stored.end)).toBe(question);
    expect(stored.speaker?.name).toBe("Priya Banerjee");
    expect(stored.checkworthiness).toBe(0);
    expect(stored.claimId).toBeNull();
    expect(await db.claim.count({ where: { fingerprint: existing.fingerprint } })).toBe(1);
  });
});

describe("capStatements", () => {
  const s = (kind: string, checkworthiness: number, start: number) => ({
    kind,
    checkworthiness,
    start,
  });

  it("keeps everything, with no note, up to the cap", () => {
    const all = [s("assertion", 0.9, 0), s("reported", 0.1, 5)];
    expect(capStatements(all, 2)).toEqual({ kept: all, note: null });
  });

  it("keeps who said what first, then the most check-worthy, in text order, and says so", () => {
    const all = [
      s("assertion", 0.9, 0),
      s("direct_quote", 0.1, 10),
      s("assertion", 0.6, 20),
      s("mixed", 0.2, 30),
      s("assertion", 0.95, 40),
    ];
    const { kept, note } = capStatements(all, 3);
    expect(kept.map((k) => k.start)).toEqual([10, 30, 40]);
    expect(note).toBe(
      "This article is very long: extraction kept 3 of its 5 statements (every attributed one first, then the most check-worthy sentences).",
    );
  });
});
