// What counts as "checked" (never drafts or unapproved verdicts), outside ratings that map to no
// desk label, the archive's refresh, and "said it again" on an extracted article, against this
// test file's own database.

import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importLiarRows } from "@claimdesk/core/imports";
import { importClaimReviews } from "@claimdesk/core/publishing";
import { createCheckedClaim } from "@claimdesk/core/testing";
import { type Db, getDb } from "@claimdesk/db";
import { beforeAll, describe, expect, it } from "vitest";
import { flagRepeatedStatements } from "../flag-repeated-statements.ts";
import { createClaimMatchSource, matchClaims } from "../match-claims.ts";
import { ClaimArchive } from "./claim-archive.ts";
import { loadCheckedClaims } from "./load-checked-claims.ts";

let db: Db;
beforeAll(async () => {
  db = getDb();
  await importClaimReviews(db, [
    {
      "@type": "ClaimReview",
      url: "https://factcheck.example.org/reviews/wind-turbines-birds",
      claimReviewed:
        "Wind turbines kill more than 900,000 bats and birds every year in the United States.",
      headline: "Do Wind Turbines Kill 900,000 Birds a Year?",
      datePublished: "2024-05-02",
      author: { "@type": "Organization", name: "Example Checks" },
      reviewRating: { "@type": "Rating", alternateName: "Mixture" },
    },
  ]);
  await importLiarRows(db, [
    {
      line: 1,
      id: "liar-1.json",
      label: "false",
      statement: "Canada has lost 400,000 manufacturing jobs since the carbon tax began.",
      subjects: ["jobs"],
      speaker: "pat-example",
      job: null,
      state: null,
      party: "none",
      context: "a debate",
    },
  ]);
});

describe("the archive of checked claims", () => {
  it("holds imported reviews (also with an outside rating that maps to no label) and LIAR rows, never drafts", async () => {
    const draft = await createCheckedClaim(db, {
      text: "The harbor bridge toll doubled in 2025 for every driver",
      stage: "draft",
    });
    const approvedUnpublished = await createCheckedClaim(db, {
      text: "The city pool closed for the whole summer of 2025",
      stage: "approved",
    });
    const claims = await loadCheckedClaims(db);
    const ids = claims.map((c) => c.id);
    expect(ids).not.toContain(draft.claim.id);
    expect(ids).not.toContain(approvedUnpublished.claim.id);
    const review = claims.find((c) => c.externalId?.includes("wind-turbines-birds"));
    expect(review).toMatchObject({
      verdict: null,
      rating: "Mixture",
      publisher: "Example Checks",
      date: "2024-05-02",
      url: "https://factcheck.example.org/reviews/wind-turbines-birds",
      headline: "Do Wind Turbines Kill 900,000 Birds a Year?",
    });
    expect(claims.some((c) => c.origin === "liar" && c.publisher === "PolitiFact")).toBe(true);
  });

  it("matches a paraphrase with other words, and says why", async () => {
    const source = createClaimMatchSource(db, { env: { DATABASE_URL: process.env.DATABASE_URL } });
    const { matches } = await matchClaims(
      source,
      "Nearly a million birds and bats die each year in the US because of wind farms",
    );
    expect(matches[0]?.claim.externalId).toContain("wind-turbines-birds");
    expect(matches[0]?.claim.rating).toBe("Mixture");
    expect(matches[0]?.score).toBeGreaterThan(0);
    expect(matches[0]?.score).toBeLessThanOrEqual(1);
    expect(matches[0]?.reason.summary).toMatch(/bird|bat|wind/);
  });

  it("sees a claim once it is published, not before, and not after a retraction (refresh)", async () => {
    const source = createClaimMatchSource(db, {
      env: { DATABASE_URL: process.env.DATABASE_URL },
      refreshMs: 0,
    });
    const text = "The new ferry line carries 12,000 passengers a week across the bay";
    const { claim } = await createCheckedClaim(db, { text, stage: "approved" });
    const before = await matchClaims(source, text);
    expect(before.matches.map((m) => m.claim.id)).not.toContain(claim.id);
    await db.claim.update({
      where: { id: claim.id },
      data: { status: "published", publishedAt: new Date(), slug: `ferry-${claim.id}` },
    });
    const after = await matchClaims(source, text);
    expect(after.matches[0]?.claim).toMatchObject({
      id: claim.id,
      verdict: "Mostly False",
      url: `/fact-checks/ferry-${claim.id}`,
    });
    // a retracted fact-check no longer stands: never offered as "checked before"
    await db.claim.update({
      where: { id: claim.id },
      data: { retractedAt: new Date(), retractionNote: "The figure was wrong." },
    });
    const retracted = await matchClaims(source, text);
    expect(retracted.matches.map((m) => m.claim.id)).not.toContain(claim.id);
    await db.statement.deleteMany({ where: { claimId: claim.id } });
    await db.claim.delete({ where: { id: claim.id } });
    const deleted = await matchClaims(source, text);
    expect(deleted.matches.map((m) => m.claim.id)).not.toContain(claim.id);
  });

  it("keeps the built archive on disk and reuses it until a checked claim changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "match-snapshot-"));
    const text = "The county library lends 3,500 telescopes to schools every winter";
    const firstRun = new ClaimArchive(db, { snapshotDir: dir });
    const built = await firstRun.matcher();
    expect(firstRun.loadedFrom).toBe("database");
    expect(readdirSync(dir).filter((f) => f.endsWith(".v8"))).toHaveLength(1);

    // a second process, nothing changed: the same archive from the snapshot, the same matches
    const secondRun = new ClaimArchive(db, { snapshotDir: dir });
    const loaded = await secondRun.matcher();
    expect(secondRun.loadedFrom).toBe("snapshot");
    expect(loaded.size).toBe(built.size);
    const wind = "wind turbines kill birds and bats";
    expect(loaded.match(wind)).toEqual(built.match(wind));

    // a claim is published: the snapshot is stale, the archive is read again and holds it
    const { claim } = await createCheckedClaim(db, { text, stage: "approved" });
    await db.claim.update({
      where: { id: claim.id },
      data: { status: "published", publishedAt: new Date(), slug: `library-${claim.id}` },
    });
    const thirdRun = new ClaimArchive(db, { snapshotDir: dir });
    const fresh = await thirdRun.matcher();
    expect(thirdRun.loadedFrom).toBe("database");
    expect(fresh.match(text).matches[0]?.claim.id).toBe(claim.id);
    // the stale snapshot of this database is gone, the new one is there
    expect(readdirSync(dir).filter((f) => f.endsWith(".v8"))).toHaveLength(1);
    await db.statement.deleteMany({ where: { claimId: claim.id } });
    await db.claim.delete({ where: { id: claim.id } });
  });
});

describe("said it again", () => {
  it("flags a check-worthy statement that repeats a published check, with a link to it", async () => {
    const article = await db.article.create({
      data: { title: "Energy debate", body: "…", status: "ready" },
    });
    const repeat = await db.statement.create({
      data: {
        articleId: article.id,
        kind: "direct_quote",
        text: "Wind turbines kill more than 900,000 birds and bats every single year in the United States",
        start: 0,
        end: 1,
        checkworthiness: 0.9,
        fingerprint: "fp-said-again-1",
      },
    });
    const other = await db.statement.create({
      data: {
        articleId: article.id,
        kind: "direct_quote",
        text: "The mayor opened a new library on Main Street",
        start: 1,
        end: 2,
        checkworthiness: 0.8,
        fingerprint: "fp-said-again-2",
      },
    });
    const source = createClaimMatchSource(db, { env: { DATABASE_URL: process.env.DATABASE_URL } });
    const result = await flagRepeatedStatements(db, source, article.id);
    expect(result).toMatchObject({ checked: 2, flagged: 1, skipped: 0 });
    const flagged = await db.statement.findUniqueOrThrow({
      where: { id: repeat.id },
      include: { repeatOf: true },
    });
    expect(flagged.repeatOf?.externalUrl).toContain("wind-turbines-birds");
    expect(flagged.repeatScore).toBeGreaterThan(0.5);
    const notFlagged = await db.statement.findUniqueOrThrow({ where: { id: other.id } });
    expect(notFlagged.repeatOfClaimId).toBeNull();
  });

  it("never matches a reported question, even a high-scoring one that repeats a check", async () => {
    const article = await db.article.create({
      data: { title: "Energy questions", body: "…", status: "ready" },
    });
    const question = await db.statement.create({
      data: {
        articleId: article.id,
        kind: "question",
        text: "whether wind turbines kill more than 900,000 birds and bats every year in the United States",
        start: 0,
        end: 1,
        checkworthiness: 0.9,
        fingerprint: "fp-said-again-question",
      },
    });
    const source = createClaimMatchSource(db, { env: { DATABASE_URL: process.env.DATABASE_URL } });
    const result = await flagRepeatedStatements(db, source, article.id);
    expect(result).toMatchObject({ checked: 0, flagged: 0 });
    const stored = await db.statement.findUniqueOrThrow({ where: { id: question.id } });
    expect(stored.repeatOfClaimId).toBeNull();
  });

  it("skips, within its budget, while the archive is still loading", async () => {
    const article = await db.article.create({
      data: { title: "Cold start", body: "…", status: "ready" },
    });
    await db.statement.create({
      data: {
        articleId: article.id,
        kind: "direct_quote",
        text: "Wind turbines kill more than 900,000 birds and bats every year",
        start: 0,
        end: 1,
        checkworthiness: 0.9,
        fingerprint: "fp-said-again-cold",
      },
    });
    const loading = { matcher: () => new Promise<never>(() => {}) };
    const result = await flagRepeatedStatements(db, loading, article.id, { budgetMs: 50 });
    expect(result).toMatchObject({ checked: 0, flagged: 0, skipped: 1 });
    expect(result.ms).toBeLessThan(1000);
  });
});
