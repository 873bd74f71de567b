// Issue 19: a dashboard verdict bar (by speaker, outlet or tag) clicks through to the claims it
// counted. The bar counts by approval date; the claims were said months earlier.
import { randomBytes } from "node:crypto";
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { getDeskDashboard } from "../dashboard/index.ts";
import { getDefaultRatingScale } from "../ratings/index.ts";
import { listReviewQueue } from "../review/index.ts";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";

const DAY = 86_400_000;

describe("the claims a verdict bar counted", () => {
  it("lists exactly the claims of the bar's speaker, outlet or tag and verdict, approved in the range", async () => {
    const db = getDb();
    const now = new Date();
    const range = { from: new Date(now.getTime() - 7 * DAY), to: new Date(now.getTime() + DAY) };
    const outlet = await db.outlet.create({
      data: { name: `Harbor Times ${randomBytes(3).toString("hex")}`, domain: "ht.example" },
    });
    // a and b: same speaker, outlet and tag, both "Mostly false", approved today
    const a = await createCheckedClaim(db);
    const b = await createCheckedClaim(db);
    await db.claim.update({ where: { id: b.claim.id }, data: { speakerId: a.speaker.id } });
    // c: same speaker, rated "False"; d: approved a month ago; e: a verdict still in draft
    const c = await createCheckedClaim(db, { labelSlug: "false" });
    await db.claim.update({ where: { id: c.claim.id }, data: { speakerId: a.speaker.id } });
    const d = await createCheckedClaim(db);
    await db.claim.update({ where: { id: d.claim.id }, data: { speakerId: a.speaker.id } });
    await db.rating.updateMany({
      where: { claimId: d.claim.id },
      data: { approvedAt: new Date(now.getTime() - 30 * DAY) },
    });
    const e = await createCheckedClaim(db, { stage: "draft" });
    await db.claim.update({ where: { id: e.claim.id }, data: { speakerId: a.speaker.id } });
    for (const x of [a, b, c, d, e]) {
      await db.article.update({ where: { id: x.article.id }, data: { outletId: outlet.id } });
      await db.claim.update({ where: { id: x.claim.id }, data: { tags: ["bridges"] } });
    }
    // a's verdict was corrected: its current verdict is the later approval, "False"
    const scale = await getDefaultRatingScale(db);
    const falseLabel = scale.labels.find((l) => l.slug === "false")!;
    await db.rating.create({
      data: {
        claimId: a.claim.id,
        labelId: falseLabel.id,
        rationale: "Corrected.",
        authorId: a.author.id,
        status: "approved",
        approverId: a.editor.id,
        approvedAt: new Date(Date.now() + 1000),
        supersedesId: a.rating.id,
      },
    });
    // an imported check of the same speaker and tag never counts
    await db.claim.create({
      data: {
        text: "Imported",
        fingerprint: `fp-imp-${a.claim.id}`,
        origin: "liar",
        externalId: `imp-${a.claim.id}`,
        speakerId: a.speaker.id,
        tags: ["bridges"],
        ratings: {
          create: { labelId: falseLabel.id, rationale: "x", status: "approved", approvedAt: now },
        },
      },
    });

    const viewer = await createTestUser(db, "reviewer");
    const list = (verdicts: Parameters<typeof listReviewQueue>[1]["verdicts"], page = 1) =>
      listReviewQueue(db, { userId: viewer.id, scope: "open", page, pageSize: 1, verdicts });
    const ids = async (verdicts: Parameters<typeof list>[0]) => {
      const first = await list(verdicts);
      const all = [...first.items];
      for (let p = 2; p <= first.pageCount; p++) all.push(...(await list(verdicts, p)).items);
      return { total: first.total, ids: all.map((i) => i.id).sort() };
    };
    const dashboard = await getDeskDashboard(db, range);
    const count = (groups: typeof dashboard.verdictsByTag, name: string, verdict: string) =>
      groups.find((g) => g.name === name)?.verdicts.find((v) => v.label === verdict)?.count;

    const mostly = a.label.name;
    const sorted = (...xs: { claim: { id: string } }[]) => xs.map((x) => x.claim.id).sort();
    for (const [key, groups, name] of [
      ["speaker", dashboard.verdictsBySpeaker, a.speaker.name],
      ["outlet", dashboard.verdictsByOutlet, outlet.name],
      ["tag", dashboard.verdictsByTag, "bridges"],
    ] as const) {
      const m = await ids({ [key]: name, verdict: mostly, ...range });
      expect(m.ids, `${key} ${mostly}`).toEqual(sorted(b));
      expect(count(groups, name, mostly)).toBe(m.total);
      const f = await ids({ [key]: name, verdict: falseLabel.name, ...range });
      expect(f.ids, `${key} False`).toEqual(sorted(a, c));
      expect(count(groups, name, falseLabel.name)).toBe(f.total);
    }
    // no range: d's older approval counts too; an unknown group lists nothing
    expect((await ids({ speaker: a.speaker.name, verdict: mostly })).ids).toEqual(sorted(b, d));
    expect(await list({ tag: "no such tag", ...range })).toMatchObject({ total: 0, items: [] });
  });
});
