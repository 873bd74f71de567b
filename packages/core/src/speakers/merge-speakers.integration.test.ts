import { randomBytes } from "node:crypto";
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";
import { getSpeakerPage } from "./get-speaker-page.ts";
import { listSpeakers } from "./list-speakers.ts";
import { mergeSpeakers, undoSpeakerMerge } from "./merge-speakers.ts";
import { upsertSpeaker } from "./upsert-speaker.ts";

async function duplicate(name: string) {
  const db = getDb();
  const checked = await createCheckedClaim(db);
  const speaker = await db.speaker.update({
    where: { id: checked.speaker.id },
    data: {
      name,
      slug: `${name.toLowerCase().replace(/\W+/g, "-")}-${randomBytes(3).toString("hex")}`,
    },
  });
  return { ...checked, speaker };
}

describe("mergeSpeakers", () => {
  it("moves statements and claims, redirects the duplicate's page, re-indexes, audits, and undoes", async () => {
    const db = getDb();
    const keep = await duplicate("Donald Trump");
    const dupe = await duplicate("President Trump");
    const editor = await createTestUser(db, "editor");
    const outboxBefore = await db.outboxEvent.count();

    const result = await mergeSpeakers(db, {
      targetId: keep.speaker.id,
      sourceIds: [dupe.speaker.id],
      actorId: editor.id,
    });
    expect(result.merged).toEqual([
      { id: dupe.speaker.id, name: "President Trump", statements: 1, claims: 1 },
    ]);
    const page = await getSpeakerPage(db, { slug: keep.speaker.slug });
    if ("redirectTo" in page) throw new Error("the kept speaker must not redirect");
    expect(page.claims.total).toBe(2);
    expect(page.statements.total).toBe(2);
    expect(page.speaker.aliases).toContain("President Trump");
    expect(page.verdicts.desk).toEqual([{ label: "Mostly False", count: 2 }]);
    expect(page.articles.map((a) => a.id).sort()).toEqual(
      [keep.article.id, dupe.article.id].sort(),
    );
    expect(await getSpeakerPage(db, { slug: dupe.speaker.slug })).toEqual({
      redirectTo: keep.speaker.slug,
    });
    // the moved statement and claim are re-indexed (their documents name the speaker)
    const outbox = await db.outboxEvent.findMany({ skip: outboxBefore });
    expect(outbox.map((o) => `${o.entityType}:${o.entityId}`).sort()).toEqual(
      [
        `claim:${dupe.claim.id}`,
        `statement:${(await db.statement.findFirstOrThrow({ where: { claimId: dupe.claim.id } })).id}`,
      ].sort(),
    );
    const audit = await db.auditEvent.findMany({
      where: { entityType: "speaker", action: "speaker.merge", entityId: dupe.speaker.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(editor.id);
    // the merged name is no longer listed; a new article naming it lands on the kept speaker
    const listed = await listSpeakers(db, { q: "President Trump" });
    expect(listed.items.map((s) => s.id)).not.toContain(dupe.speaker.id);
    const again = await db.$transaction((tx) => upsertSpeaker(tx, { name: "President Trump" }));
    expect(again.id).toBe(keep.speaker.id);

    const undone = await undoSpeakerMerge(db, { speakerId: dupe.speaker.id, actorId: editor.id });
    expect(undone).toMatchObject({ statements: 1, claims: 1 });
    const back = await getSpeakerPage(db, { slug: dupe.speaker.slug });
    if ("redirectTo" in back) throw new Error("the undone duplicate must have its page back");
    expect(back.claims.items.map((c) => c.id)).toEqual([dupe.claim.id]);
    const kept = await db.speaker.findUniqueOrThrow({ where: { id: keep.speaker.id } });
    expect(kept.aliases).not.toContain("President Trump");
  });

  it("needs an editor, and refuses merging a speaker into itself", async () => {
    const db = getDb();
    const keep = await duplicate("Trump");
    const dupe = await duplicate("Trump Jr");
    const reviewer = await createTestUser(db, "reviewer");
    await expect(
      mergeSpeakers(db, {
        targetId: keep.speaker.id,
        sourceIds: [dupe.speaker.id],
        actorId: reviewer.id,
      }),
    ).rejects.toThrow(/editor/);
    const editor = await createTestUser(db, "editor");
    await expect(
      mergeSpeakers(db, {
        targetId: keep.speaker.id,
        sourceIds: [keep.speaker.id],
        actorId: editor.id,
      }),
    ).rejects.toThrow(/at least one other/);
    expect(await db.statement.count({ where: { speakerId: dupe.speaker.id } })).toBe(1);
  });
});
