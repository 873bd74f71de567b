import { randomBytes } from "node:crypto";
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { getDefaultRatingScale } from "../ratings/index.ts";
import { listReviewQueue } from "../review/index.ts";
import { createTestUser } from "../testing/index.ts";
import { getDeskDashboard } from "./get-desk-dashboard.ts";

const t = (iso: string) => new Date(`2026-${iso}:00Z`);
const suffix = () => randomBytes(4).toString("hex");

/**
 * A desk of known timestamps: three of the desk's own claims (new → research → rated →
 * approved → published in 48 h, 96 h and 12 h, the last one corrected later) and one imported
 * LIAR check that must count nowhere.
 */
async function fixture() {
  const db = getDb();
  const scale = await getDefaultRatingScale(db);
  const [falseLabel, trueLabel] = [
    scale.labels.find((l) => l.slug === "false")!,
    scale.labels.find((l) => l.slug === "true")!,
  ];
  const reviewer = await createTestUser(db, "reviewer", { name: "Rita Reviewer" });
  const editor = await createTestUser(db, "editor", { name: "Ed Editor" });
  const s = suffix();
  const speakerA = await db.speaker.create({
    data: { name: `Ann Speaker ${s}`, slug: `ann-${s}` },
  });
  const speakerC = await db.speaker.create({ data: { name: `Cy Speaker ${s}`, slug: `cy-${s}` } });
  const outlet = await db.outlet.create({
    data: { name: `Harbor Times ${s}`, domain: `${s}.example` },
  });
  const article = await db.article.create({
    data: { title: `A ${s}`, body: "x", status: "ready", outletId: outlet.id },
  });
  const make = async (p: {
    speakerId: string;
    created: string;
    research?: string;
    rated: string;
    approved: string;
    published: string;
    labelId: string;
    origin?: "extracted" | "liar";
  }) => {
    const claim = await db.claim.create({
      data: {
        text: `claim ${suffix()}`,
        fingerprint: `fp-${suffix()}`,
        origin: p.origin ?? "extracted",
        externalId: p.origin === "liar" ? suffix() : null,
        status: "published",
        speakerId: p.speakerId,
        tags: ["economy"],
        createdAt: t(p.created),
        publishedAt: t(p.published),
      },
    });
    await db.statement.create({
      data: {
        articleId: article.id,
        kind: "direct_quote",
        text: claim.text,
        start: 0,
        end: 1,
        fingerprint: claim.fingerprint,
        claimId: claim.id,
      },
    });
    const audit = (action: string, at: string) =>
      db.auditEvent.create({
        data: { action, entityType: "claim", entityId: claim.id, createdAt: t(at) },
      });
    if (p.research) await audit("claim.research", p.research);
    await audit("rating.create", p.rated);
    await audit("rating.approve", p.approved);
    await audit("claim.publish", p.published);
    const rating = await db.rating.create({
      data: {
        claimId: claim.id,
        labelId: p.labelId,
        rationale: "r",
        authorId: reviewer.id,
        approverId: editor.id,
        status: "approved",
        createdAt: t(p.rated),
        approvedAt: t(p.approved),
      },
    });
    return { claim, rating };
  };
  await make({
    speakerId: speakerA.id,
    created: "11-01T00:00",
    research: "11-01T10:00",
    rated: "11-02T00:00",
    approved: "11-02T12:00",
    published: "11-03T00:00",
    labelId: falseLabel.id,
  });
  await make({
    speakerId: speakerA.id,
    created: "11-01T00:00",
    research: "11-01T02:00",
    rated: "11-01T12:00",
    approved: "11-02T00:00",
    published: "11-05T00:00",
    labelId: falseLabel.id,
  });
  const c = await make({
    speakerId: speakerC.id,
    created: "11-10T00:00",
    rated: "11-10T06:00",
    approved: "11-10T08:00",
    published: "11-10T12:00",
    labelId: trueLabel.id,
  });
  // the correction: a new verdict superseding C's, approved 6 hours after it was written
  await db.rating.update({ where: { id: c.rating.id }, data: { status: "superseded" } });
  await db.rating.create({
    data: {
      claimId: c.claim.id,
      labelId: falseLabel.id,
      rationale: "corrected",
      authorId: editor.id,
      approverId: reviewer.id,
      status: "approved",
      supersedesId: c.rating.id,
      correctionNote: "The figure was for 2024.",
      createdAt: t("11-20T00:00"),
      approvedAt: t("11-20T06:00"),
    },
  });
  // an outside check, published and rated in the range: counts nowhere
  await make({
    speakerId: speakerA.id,
    created: "11-02T00:00",
    rated: "11-02T00:00",
    approved: "11-02T00:00",
    published: "11-02T00:00",
    labelId: trueLabel.id,
    origin: "liar",
  });
  return { reviewer, editor, speakerA, speakerC, outlet };
}

describe("getDeskDashboard", () => {
  it("computes cycle times, stage waits, approval wait, output and verdict groups from known timestamps", async () => {
    const db = getDb();
    const f = await fixture();
    const d = await getDeskDashboard(db, { from: t("11-01T00:00"), to: t("12-01T00:00") });
    expect(d.cycle).toEqual({ published: 3, medianHours: 48, p90Hours: 86.4 });
    expect(d.cycleByWeek).toEqual([
      { week: "2026-11-02", published: 2, medianHours: 72, p90Hours: 91.2 },
      { week: "2026-11-09", published: 1, medianHours: 12, p90Hours: 12 },
    ]);
    expect(d.stageWaits).toEqual([
      { stage: "new", claims: 3, medianHours: 6, p90Hours: 9.2 },
      { stage: "in_research", claims: 2, medianHours: 12, p90Hours: 13.6 },
      { stage: "rated", claims: 3, medianHours: 12, p90Hours: 12 },
      { stage: "approved", claims: 3, medianHours: 12, p90Hours: 60 },
    ]);
    expect(d.approvalWait).toEqual({ approved: 4, medianHours: 9, p90Hours: 12 });
    expect(d.corrections).toEqual({ published: 3, corrected: 1, rate: 1 / 3 });
    expect(d.people).toEqual([
      { id: f.reviewer.id, name: "Rita Reviewer", rated: 3, approved: 1 },
      { id: f.editor.id, name: "Ed Editor", rated: 1, approved: 3 },
    ]);
    expect(d.verdictsBySpeaker).toEqual([
      { name: f.speakerA.name, total: 2, verdicts: [{ label: "False", count: 2 }] },
      { name: f.speakerC.name, total: 1, verdicts: [{ label: "False", count: 1 }] },
    ]);
    expect(d.verdictsByOutlet).toEqual([
      { name: f.outlet.name, total: 3, verdicts: [{ label: "False", count: 3 }] },
    ]);
    expect(d.verdictsByTag).toEqual([
      { name: "economy", total: 3, verdicts: [{ label: "False", count: 3 }] },
    ]);

    // each timing bar clicks through to the claims it counted (the review queue by stage)
    const range = { from: t("11-01T00:00"), to: t("12-01T00:00") };
    const byStage = (
      stage: "new" | "in_research" | "rated" | "approved" | "published",
      r = range,
    ) =>
      listReviewQueue(db, {
        userId: f.editor.id,
        scope: "open",
        page: 1,
        pageSize: 50,
        stage: { stage, ...r },
      });
    for (const w of d.stageWaits) {
      const list = await byStage(w.stage as "new");
      expect(list.total, w.stage).toBe(w.claims);
      expect(list.items, w.stage).toHaveLength(w.claims);
    }
    const week = await byStage("published", { from: t("11-02T00:00"), to: t("11-09T00:00") });
    expect(week.total).toBe(d.cycleByWeek[0]!.published);
    expect(week.items).toHaveLength(2);
    expect((await byStage("published")).total).toBe(d.cycle.published);

    // only what falls in the range counts
    const narrow = await getDeskDashboard(db, { from: t("11-09T00:00"), to: t("11-11T00:00") });
    expect(narrow.cycle).toEqual({ published: 1, medianHours: 12, p90Hours: 12 });
    expect(narrow.approvalWait).toEqual({ approved: 1, medianHours: 2, p90Hours: 2 });
    // C's current verdict was approved on 11-20, outside this range
    expect(narrow.verdictsBySpeaker).toEqual([]);
  });
});
