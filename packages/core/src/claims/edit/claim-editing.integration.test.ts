import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { createCheckedClaim, createTestUser } from "../../testing/index.ts";
import { getClaim } from "../get-claim.ts";
import { openClaimForStatement } from "../open-claim-for-statement.ts";
import { findClaimRedirect, mergeClaims, previewMerge } from "./merge-claims.ts";
import { rewordClaim } from "./reword-claim.ts";
import { setClaimTags } from "./set-claim-tags.ts";
import { splitClaim } from "./split-claim.ts";

const outbox = (entityId: string, op = "upsert") =>
  getDb().outboxEvent.count({ where: { entityId, op } });

describe("rewording a claim", () => {
  it("keeps the first wording and every appearance, audits both wordings and re-indexes", async () => {
    const db = getDb();
    const { claim, author } = await createCheckedClaim(db, { stage: "draft" });
    await rewordClaim(db, {
      claimId: claim.id,
      text: "  The harbor bridge carries   62,000 vehicles every day ",
      actorId: author.id,
    });
    await rewordClaim(db, {
      claimId: claim.id,
      text: "The harbor bridge carries 62,000 cars daily",
      actorId: author.id,
    });
    const detail = await getClaim(db, claim.id);
    expect(detail.text).toBe("The harbor bridge carries 62,000 cars daily");
    expect(detail.originalText).toBe(claim.text);
    expect(detail.appearances).toHaveLength(1);
    const audit = detail.audit.filter((a) => a.action === "claim.reword");
    expect(audit.map((a) => a.data)).toEqual([
      {
        from: "The harbor bridge carries 62,000 vehicles every day",
        to: "The harbor bridge carries 62,000 cars daily",
      },
      { from: claim.text, to: "The harbor bridge carries 62,000 vehicles every day" },
    ]);
    expect(await outbox(claim.id)).toBe(2);
  });

  it("refuses a published claim, a too short wording and a stranger, changing nothing", async () => {
    const db = getDb();
    const { claim, author } = await createCheckedClaim(db);
    await expect(
      rewordClaim(db, { claimId: claim.id, text: "short", actorId: author.id }),
    ).rejects.toThrow(/^text: /);
    await expect(
      rewordClaim(db, { claimId: claim.id, text: "A wording from nobody", actorId: "nobody" }),
    ).rejects.toThrow(/User/);
    await db.claim.update({ where: { id: claim.id }, data: { status: "published" } });
    await expect(
      rewordClaim(db, {
        claimId: claim.id,
        text: "A new wording for the claim",
        actorId: author.id,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/correction/) });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).text).toBe(claim.text);
  });
});

describe("tags", () => {
  it("adds and removes normalised tags, audited with what changed, and refuses bad ones by field", async () => {
    const db = getDb();
    const { claim, author } = await createCheckedClaim(db);
    const first = await setClaimTags(db, {
      claimId: claim.id,
      add: ["Transport", " roads  and bridges", "transport"],
      actorId: author.id,
    });
    expect(first.tags).toEqual(["roads and bridges", "transport"]);
    const second = await setClaimTags(db, {
      claimId: claim.id,
      add: ["budget"],
      remove: ["Transport"],
      actorId: author.id,
    });
    expect(second).toMatchObject({
      tags: ["budget", "roads and bridges"],
      added: ["budget"],
      removed: ["transport"],
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).tags).toEqual([
      "budget",
      "roads and bridges",
    ]);
    const audit = await db.auditEvent.findMany({
      where: { entityId: claim.id, action: "claim.tags" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.data)).toEqual([
      { added: ["roads and bridges", "transport"], removed: [] },
      { added: ["budget"], removed: ["transport"] },
    ]);
    await expect(
      setClaimTags(db, { claimId: claim.id, add: ["<script>"], actorId: author.id }),
    ).rejects.toThrow(/^tags: /);
    expect(await outbox(claim.id)).toBe(2);
  });
});

describe("merging duplicates", () => {
  it("moves appearances, evidence, verdicts and history; the duplicate redirects; re-extraction finds the survivor", async () => {
    const db = getDb();
    const survivor = await createCheckedClaim(db, { stage: "draft" });
    const duplicate = await createCheckedClaim(db, { stage: "draft" });
    const reviewer = await createTestUser(db, "reviewer");
    await rewordClaim(db, {
      claimId: duplicate.claim.id,
      text: "The bridge has 62,000 vehicles on it each day",
      actorId: reviewer.id,
    });
    const plan = await previewMerge(db, {
      sourceId: duplicate.claim.id,
      targetId: survivor.claim.id,
      actorId: reviewer.id,
    });
    expect(plan.refusal).toBeNull();
    expect(plan.consequences.join(" ")).toMatch(
      /1 appearance move.*1 source of evidence move.*superseded/,
    );

    await mergeClaims(db, {
      sourceId: duplicate.claim.id,
      targetId: survivor.claim.id,
      actorId: reviewer.id,
    });
    expect(await db.claim.findUnique({ where: { id: duplicate.claim.id } })).toBeNull();
    expect(await findClaimRedirect(db, duplicate.claim.id)).toBe(survivor.claim.id);
    const detail = await getClaim(db, survivor.claim.id);
    expect(detail.appearances).toHaveLength(2);
    expect(detail.evidence).toHaveLength(2);
    expect(detail.ratings.find((r) => r.id === duplicate.rating.id)?.status).toBe("superseded");
    expect(detail.ratings.find((r) => r.id === survivor.rating.id)?.status).toBe("draft");
    expect(detail.mergedFrom).toMatchObject([{ id: duplicate.claim.id }]);
    // The duplicate's own history (its reword) is read on the survivor.
    expect(detail.audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["claim.merge", "claim.merged_into", "claim.reword"]),
    );
    expect(await outbox(duplicate.claim.id, "delete")).toBe(1);

    // A statement with the duplicate's fingerprint opened later joins the survivor.
    const statement = await db.statement.create({
      data: {
        articleId: duplicate.article.id,
        kind: "assertion",
        text: "again",
        start: 0,
        end: 5,
        fingerprint: duplicate.claim.fingerprint,
      },
    });
    const opened = await openClaimForStatement(db, {
      statementId: statement.id,
      actorId: reviewer.id,
    });
    expect(opened).toEqual({ claimId: survivor.claim.id, created: false });

    // A later merge of the survivor moves the earlier redirect along.
    const third = await createCheckedClaim(db, { stage: "draft" });
    await mergeClaims(db, {
      sourceId: survivor.claim.id,
      targetId: third.claim.id,
      actorId: reviewer.id,
    });
    expect(await findClaimRedirect(db, duplicate.claim.id)).toBe(third.claim.id);
  });

  it("refuses to merge a published claim away, and withdraws the approval of an approved survivor", async () => {
    const db = getDb();
    const published = await createCheckedClaim(db);
    await db.claim.update({ where: { id: published.claim.id }, data: { status: "published" } });
    const approved = await createCheckedClaim(db);
    const reviewer = await createTestUser(db, "reviewer");
    await expect(
      mergeClaims(db, {
        sourceId: published.claim.id,
        targetId: approved.claim.id,
        actorId: reviewer.id,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/published/) });
    expect(await db.claim.findUnique({ where: { id: published.claim.id } })).not.toBeNull();
    await expect(
      mergeClaims(db, {
        sourceId: approved.claim.id,
        targetId: approved.claim.id,
        actorId: reviewer.id,
      }),
    ).rejects.toThrow(/^target: /);

    const draft = await createCheckedClaim(db, { stage: "draft" });
    await mergeClaims(db, {
      sourceId: draft.claim.id,
      targetId: approved.claim.id,
      actorId: reviewer.id,
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: approved.claim.id } })).status).toBe(
      "rated",
    );
    expect((await db.rating.findUniqueOrThrow({ where: { id: approved.rating.id } })).status).toBe(
      "draft",
    );
  });
});

describe("splitting a compound claim", () => {
  it("makes new claims with the appearances and evidence the reviewer chose; the rest stays", async () => {
    const db = getDb();
    const { claim, author, article } = await createCheckedClaim(db, { stage: "draft" });
    const second = await db.statement.create({
      data: {
        articleId: article.id,
        kind: "assertion",
        text: "and it cost $40 million",
        start: 0,
        end: 5,
        fingerprint: claim.fingerprint,
        claimId: claim.id,
      },
    });
    const [evidence] = await db.evidence.findMany({ where: { claimId: claim.id } });
    const result = await splitClaim(db, {
      claimId: claim.id,
      actorId: author.id,
      parts: [
        {
          text: "The harbor bridge carries 62,000 vehicles a day",
          statementIds: [],
          evidenceIds: [],
        },
        {
          text: "The bridge repair cost $40 million",
          statementIds: [second.id],
          evidenceIds: [evidence!.id],
        },
      ],
    });
    expect(result.created).toHaveLength(1);
    const child = await getClaim(db, result.created[0]!.id);
    expect(child).toMatchObject({
      text: "The bridge repair cost $40 million",
      status: "in_research",
    });
    expect(child.appearances.map((a) => a.statementId)).toEqual([second.id]);
    expect(child.evidence.map((e) => e.id)).toEqual([evidence!.id]);
    const parent = await getClaim(db, claim.id);
    expect(parent.text).toBe("The harbor bridge carries 62,000 vehicles a day");
    expect(parent.originalText).toBe(claim.text);
    expect(parent.appearances).toHaveLength(1);
    expect(parent.evidence).toHaveLength(0);
    expect(parent.ratings).toHaveLength(1);
    expect(child.audit.map((a) => a.action)).toEqual(["claim.split_from"]);

    await expect(
      splitClaim(db, {
        claimId: claim.id,
        actorId: author.id,
        parts: [
          { text: "The harbor bridge carries 62,000 vehicles", statementIds: [], evidenceIds: [] },
          { text: "Something else entirely here", statementIds: [second.id], evidenceIds: [] },
        ],
      }),
    ).rejects.toThrow(/not this claim's/);
    await expect(
      splitClaim(db, {
        claimId: claim.id,
        actorId: author.id,
        parts: [{ text: "Only one part is not a split", statementIds: [], evidenceIds: [] }],
      }),
    ).rejects.toThrow(/^parts: /);
  });
});
