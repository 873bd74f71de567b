// Tests only (never imported by product code): a checked claim with its people, article,
// statement, evidence and verdict, in a test's own database.
import { randomBytes } from "node:crypto";
import type { Db } from "@claimdesk/db";
import { getDefaultRatingScale } from "../ratings/index.ts";
import { createTestUser } from "./test-users.ts";

/**
 * A claim said by a speaker in an article, with evidence and a rating. `stage` decides how far
 * it went: "draft" (rating written, not approved), "approved" (approved, not published).
 */
export async function createCheckedClaim(
  db: Db,
  options: {
    text?: string;
    labelSlug?: string;
    stage?: "draft" | "approved";
    articleUrl?: string | null;
  } = {},
) {
  const scale = await getDefaultRatingScale(db);
  const label = scale.labels.find((l) => l.slug === (options.labelSlug ?? "mostly-false"))!;
  const author = await createTestUser(db, "reviewer");
  const editor = await createTestUser(db, "editor");
  const suffix = randomBytes(4).toString("hex");
  const text = options.text ?? `The harbor bridge carries 62,000 vehicles a day (${suffix})`;
  const speaker = await db.speaker.create({
    data: {
      name: `Elena Vasquez ${suffix}`,
      slug: `elena-vasquez-${suffix}`,
      role: "Council member",
    },
  });
  const article = await db.article.create({
    data: {
      title: `Council splits over bridge budget ${suffix}`,
      body: `Intro. "${text}," said Vasquez.`,
      url:
        options.articleUrl === undefined
          ? `https://news.example.com/bridge-${suffix}`
          : options.articleUrl,
      byline: "Sam Reporter",
      publishedAt: new Date("2026-03-01T09:00:00Z"),
      status: "ready",
    },
  });
  const claim = await db.claim.create({
    data: {
      text,
      fingerprint: `fp-test-${suffix}`,
      status: options.stage === "draft" ? "rated" : "approved",
      origin: "extracted",
      speakerId: speaker.id,
      claimDate: new Date("2026-03-01T00:00:00Z"),
    },
  });
  await db.statement.create({
    data: {
      articleId: article.id,
      speakerId: speaker.id,
      kind: "direct_quote",
      text,
      start: 8,
      end: 8 + text.length,
      fingerprint: claim.fingerprint,
      claimId: claim.id,
    },
  });
  await db.evidence.create({
    data: {
      claimId: claim.id,
      url: "https://dot.example.gov/traffic-counts-2025",
      title: "State traffic counts 2025",
      excerpt: "Average daily traffic: 41,300 vehicles.",
      stance: "refutes",
      addedById: author.id,
    },
  });
  const approved = options.stage !== "draft";
  const rating = await db.rating.create({
    data: {
      claimId: claim.id,
      labelId: label.id,
      rationale: "Traffic counts show about 41,300 vehicles a day, not 62,000.",
      authorId: author.id,
      status: approved ? "approved" : "draft",
      approverId: approved ? editor.id : null,
      approvedAt: approved ? new Date() : null,
    },
  });
  return { claim, rating, label, scale, author, editor, speaker, article };
}
