// Issue 16: an article with ~19K statements took 17 s to open and failed with a 12 MB page. The
// article view is paged: each request reads one page of the body and its statements.
import { SESSION_COOKIE } from "@claimdesk/api";
import { createSession } from "@claimdesk/core/auth";
import { createTestUser } from "@claimdesk/core/testing";
import { getDb } from "@claimdesk/db";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { loader } from "../app/routes/articles.$id.tsx";

let cookie = "";
let articleId = "";
let body = "";
const STATEMENTS = 19_000;
/** What extractArticle writes when the statement cap dropped some (extract-article.ts). */
const NOTE =
  "This article is very long: extraction kept 2,000 of its 19,307 statements (every attributed one first, then the most check-worthy sentences).";

beforeAll(async () => {
  const db = getDb();
  const user = await createTestUser(db, "reviewer");
  cookie = `${SESSION_COOKIE}=${(await createSession(db, user.id)).token}`;
  // A 1.9 M-character single-line article with one statement per sentence.
  const sentences: { start: number; end: number; text: string }[] = [];
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < STATEMENTS; i++) {
    const text = `The city spent ${1000 + i} dollars on road number ${i} in 2023, records show, and the council approved it in a vote of five to four last week.`;
    sentences.push({ start: at, end: at + text.length, text });
    parts.push(text);
    at += text.length + 1;
  }
  body = parts.join(" ");
  const article = await db.article.create({
    data: {
      title: "A very long article",
      body,
      status: "ready",
      contentHash: "x",
      extractionNote: NOTE,
    },
  });
  articleId = article.id;
  await db.statement.createMany({
    data: sentences.map((s, i) => ({
      articleId,
      kind: "assertion" as const,
      text: s.text,
      start: s.start,
      end: s.end,
      checkworthiness: 0.6,
      fingerprint: `fp-${i}`,
    })),
  });
}, 120_000);

const load = (query = "") =>
  loader({
    request: new Request(`http://localhost:3000/articles/${articleId}${query}`, {
      headers: { cookie },
    }),
    params: { id: articleId },
    context: {},
  } as LoaderFunctionArgs);

describe("the article page of a very long article", () => {
  it("serves page 2 with its own text and statements, a bounded size, and page N of M", async () => {
    const data = await load("?page=2"); // a loader that returns data answers 200
    const size = Buffer.byteLength(JSON.stringify(data));
    expect(size).toBeLessThan(500_000);
    expect(data.statementCount).toBe(STATEMENTS);
    expect(data.page.number).toBe(2);
    expect(data.page.count).toBeGreaterThanOrEqual(90);
    expect(data.page.bodyLength).toBe(body.length);
    // The page says statements were left out (articles.$id.tsx shows it as a note).
    expect(data.extractionNote).toBe(NOTE);
    // The page's text is the body from page.start, cut after a sentence.
    expect(data.body).toBe(body.slice(data.page.start, data.page.end));
    expect(data.page.start).toBeGreaterThan(0);
    expect(body.slice(data.page.start - 2, data.page.start)).toBe(". ");
    const expected = await getDb().statement.findMany({
      where: { articleId, start: { gte: data.page.start, lt: data.page.end } },
      orderBy: { start: "asc" },
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThan(50);
    expect(data.statements.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    for (const s of data.statements) {
      expect(data.body.slice(s.start - data.page.start, s.end - data.page.start)).toBe(s.text);
    }
    // Consecutive pages meet: page 1 ends where page 2 starts.
    const first = await load();
    expect(first.page.number).toBe(1);
    expect(first.page.end).toBe(data.page.start);
    expect(first.statements.at(-1)!.end).toBeLessThanOrEqual(data.page.start);
  }, 60_000);

  it("gives the last page past the end, and refuses a page that is not a number", async () => {
    const last = await load("?page=100000");
    expect(last.page.number).toBe(last.page.count);
    expect(last.page.end).toBe(body.length);
    await expect(load("?page=two")).rejects.toMatchObject({ status: 400 });
  }, 60_000);
});
