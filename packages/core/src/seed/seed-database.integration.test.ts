// Issue 19: the first `npm start` seeds a living desk: the shared LIAR valid split as outside
// checks (when ../shared/datasets/liar exists) and six demo claims moved through the workflow by
// the desk's own functions. Running the seed again adds nothing.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Db, getDb } from "@claimdesk/db";
import { afterEach, describe, expect, it } from "vitest";
import { seedDatabase } from "./seed-database.ts";
import { sharedLiarValidFile } from "./seed-living-desk.ts";

const sharedBefore = process.env.CLAIMDESK_SHARED_DIR;
afterEach(() => {
  if (sharedBefore === undefined) delete process.env.CLAIMDESK_SHARED_DIR;
  else process.env.CLAIMDESK_SHARED_DIR = sharedBefore;
});

/** Everything the seed writes, counted. */
async function counts(db: Db) {
  const [claims, liar, ratings, evidence, audit, outbox, articles, speakers, users] =
    await Promise.all([
      db.claim.count(),
      db.claim.count({ where: { origin: "liar" } }),
      db.rating.count(),
      db.evidence.count(),
      db.auditEvent.count(),
      db.outboxEvent.count(),
      db.article.count(),
      db.speaker.count(),
      db.user.count(),
    ]);
  return { claims, liar, ratings, evidence, audit, outbox, articles, speakers, users };
}

/** The demo articles' claims the seed moved, by where they stand. */
async function demoStages(db: Db) {
  const claims = await db.claim.findMany({
    where: { origin: "extracted", statements: { some: { article: { source: "seed" } } } },
    include: { ratings: true, _count: { select: { evidence: true } } },
  });
  const moved = claims.filter((c) => c.status !== "new");
  const by = (status: string) => moved.filter((c) => c.status === status);
  return {
    moved: moved.length,
    researchWithEvidence: by("in_research").filter((c) => c._count.evidence > 0).length,
    ratedAwaitingApproval: by("rated").filter((c) =>
      c.ratings.some((r) => r.status === "draft" && !r.approvedAt),
    ).length,
    published: by("published").length,
    publishedWithCorrection: by("published").filter((c) =>
      c.ratings.some((r) => r.supersedesId && r.status === "approved"),
    ).length,
    allAssigned: moved.every((c) => c.assigneeId),
  };
}

describe("the living-desk seed", { timeout: 600_000 }, () => {
  it("moves six demo claims to every stage through core, and a second run adds nothing", async () => {
    const db = getDb();
    // no ../shared: only the project's own demo articles
    process.env.CLAIMDESK_SHARED_DIR = mkdtempSync(join(tmpdir(), "claimdesk-no-shared-"));
    const lines: string[] = [];
    await seedDatabase(db, (line) => lines.push(line));
    expect(await demoStages(db)).toEqual({
      moved: 6,
      researchWithEvidence: 2,
      ratedAwaitingApproval: 2,
      published: 2,
      publishedWithCorrection: 1,
      allAssigned: true,
    });
    expect((await counts(db)).liar).toBe(0);
    expect(lines.join("\n")).toContain("6 demo claims moved through the workflow");
    // the workflow's own records: audit rows for each step, durations spread over past weeks
    const published = await db.claim.findMany({
      where: { status: "published", origin: "extracted" },
    });
    for (const claim of published)
      expect(claim.publishedAt!.getTime()).toBeLessThan(Date.now() - 7 * 86_400_000);
    expect(
      await db.auditEvent.count({
        where: { action: "claim.publish", entityId: { in: published.map((c) => c.id) } },
      }),
    ).toBe(2);

    const before = await counts(db);
    await seedDatabase(db);
    expect(await counts(db)).toEqual(before);
  });

  it.skipIf(!sharedLiarValidFile())(
    "imports the 1,284 LIAR valid rows from ../shared as outside checks, once (skipped when ../shared/datasets/liar is absent)",
    async () => {
      const db = getDb();
      delete process.env.CLAIMDESK_SHARED_DIR;
      const lines: string[] = [];
      await seedDatabase(db, (line) => lines.push(line));
      const after = await counts(db);
      expect(after.liar).toBe(1284);
      expect(
        await db.claim.count({
          where: { origin: "liar", externalPublisher: "PolitiFact", status: "published" },
        }),
      ).toBe(1284);
      expect(lines).toContain("seed: LIAR valid split 1284/1284 rows");
      // the demo claims were already moved: the desk is seeded once
      expect((await demoStages(db)).moved).toBe(6);

      await seedDatabase(db);
      expect(await counts(db)).toEqual(after);
    },
  );
});
