import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { createTextArticle } from "../articles/create-text-article.ts";
import { extractArticle } from "../articles/extract-article.ts";
import { createTestUser } from "../testing/index.ts";
import { openClaimForStatement } from "./open-claim-for-statement.ts";

/** Articles each holding one statement with the given fingerprint and no claim yet. */
async function unclaimedStatements(fingerprint: string, count: number) {
  const db = getDb();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = `The harbour moved ${i + 1} million tonnes of cargo in 2024.`;
    const article = await db.article.create({
      data: { title: `Cargo ${fingerprint} ${i}`, body: text, status: "ready" },
    });
    const statement = await db.statement.create({
      data: {
        articleId: article.id,
        kind: "assertion",
        text,
        start: 0,
        end: text.length,
        fingerprint,
        checkworthiness: 0.3,
      },
    });
    ids.push(statement.id);
  }
  return ids;
}

describe("openClaimForStatement", () => {
  it("creates one claim, links every unlinked statement with the fingerprint, then reuses it", async () => {
    const db = getDb();
    const actor = await createTestUser(getDb(), "reviewer");
    const fingerprint = `fp-open-${Date.now()}`;
    const [first, second] = await unclaimedStatements(fingerprint, 2);

    const opened = await openClaimForStatement(db, { statementId: first!, actorId: actor.id });
    expect(opened.created).toBe(true);
    const statements = await db.statement.findMany({ where: { fingerprint } });
    expect(statements.map((s) => s.claimId)).toEqual([opened.claimId, opened.claimId]);
    const audit = await db.auditEvent.findFirst({ where: { entityId: opened.claimId } });
    expect(audit?.action).toBe("claim.create");

    const again = await openClaimForStatement(db, { statementId: second!, actorId: actor.id });
    expect(again).toEqual({ claimId: opened.claimId, created: false });
  });

  it("refuses a reported question: it records who asked what, it is not a claim", async () => {
    const db = getDb();
    const actor = await createTestUser(getDb(), "reviewer");
    const text = "whether the harbour moved 4 million tonnes of cargo in 2024";
    const article = await db.article.create({
      data: { title: `Cargo question ${Date.now()}`, body: text, status: "ready" },
    });
    const question = await db.statement.create({
      data: {
        articleId: article.id,
        kind: "question",
        text,
        start: 0,
        end: text.length,
        fingerprint: `fp-question-${Date.now()}`,
      },
    });
    await expect(
      openClaimForStatement(db, { statementId: question.id, actorId: actor.id }),
    ).rejects.toThrow(/not a claim/);
    expect(await db.claim.count({ where: { fingerprint: question.fingerprint } })).toBe(0);
  });

  it("refuses an unknown statement and a disabled user", async () => {
    const db = getDb();
    const actor = await createTestUser(getDb(), "reviewer");
    await expect(
      openClaimForStatement(db, { statementId: "no-such-statement", actorId: actor.id }),
    ).rejects.toThrow(/Statement/);
    const [statementId] = await unclaimedStatements(`fp-disabled-${Date.now()}`, 1);
    await db.user.update({ where: { id: actor.id }, data: { disabledAt: new Date() } });
    await expect(
      openClaimForStatement(db, { statementId: statementId!, actorId: actor.id }),
    ).rejects.toThrow(/User/);
    expect(await db.statement.findUniqueOrThrow({ where: { id: statementId! } })).toMatchObject({
      claimId: null,
    });
  });

  it("makes one claim when reviewers open statements with the same fingerprint at the same time", async () => {
    const db = getDb();
    const fingerprint = `fp-race-${Date.now()}`;
    const statementIds = await unclaimedStatements(fingerprint, 6);
    const actors = await Promise.all(statementIds.map(() => createTestUser(getDb(), "reviewer")));
    const opened = await Promise.all(
      statementIds.map((statementId, i) =>
        openClaimForStatement(db, { statementId, actorId: actors[i]!.id }),
      ),
    );
    expect(await db.claim.count({ where: { fingerprint } })).toBe(1);
    expect(new Set(opened.map((o) => o.claimId)).size).toBe(1);
    expect(opened.filter((o) => o.created)).toHaveLength(1);
  });

  it("makes one claim when two articles with the same new claim are extracted at the same time", async () => {
    const db = getDb();
    const stamp = Date.now();
    const sentence = `The port authority spent $${stamp % 1000} million on dredging in 2023, the highest on record.`;
    const articles = await Promise.all(
      ["Port Spending Questioned", "Dredging Costs Under Scrutiny", "Harbour Budget Review"].map(
        async (title) =>
          (
            await createTextArticle(db, {
              body: `${title} ${stamp}\nOfficials met on Tuesday. ${sentence} Critics disagreed.`,
            })
          ).article,
      ),
    );
    await Promise.all(articles.map((a) => extractArticle(db, a.id)));
    const statements = await db.statement.findMany({
      where: { articleId: { in: articles.map((a) => a.id) }, text: { contains: "dredging" } },
    });
    expect(statements).toHaveLength(3);
    expect(statements.every((s) => s.claimId)).toBe(true);
    expect(new Set(statements.map((s) => s.claimId)).size).toBe(1);
    expect(await db.claim.count({ where: { fingerprint: statements[0]!.fingerprint } })).toBe(1);
  });
});
