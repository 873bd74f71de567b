// Issue 19: imported checks looked like the desk's own work (claim page "Published", "Rated by a
// former user", dashboard "published 1288"). They are described as the outside publisher's check
// and never counted as the desk's.
import { randomBytes } from "node:crypto";
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { getDeskDashboard } from "../dashboard/index.ts";
import { importLiarRows } from "../imports/index.ts";
import { importClaimReviews } from "../publishing/index.ts";
import { listReviewQueue } from "../review/index.ts";
import { createCheckedClaim, createTestUser } from "../testing/index.ts";
import { getClaim } from "./get-claim.ts";

const tag = () => randomBytes(4).toString("hex");

function liarRow(id: string, label: string, statement: string) {
  return {
    line: 1,
    id,
    label,
    statement,
    subjects: ["economy"],
    speaker: "pat-doe",
    job: "Governor",
    state: "Texas",
    party: "republican",
    context: "a speech",
  };
}

describe("an earlier fact-check by another organisation", () => {
  it("a LIAR row is PolitiFact's check on PolitiFact's scale, mapped onto the desk's by position", async () => {
    const db = getDb();
    const t = tag();
    const result = await importLiarRows(db, [
      liarRow(`${t}.json`, "pants-fire", `The moon is made of cheese ${t}`),
    ]);
    const claim = await getClaim(db, result.createdClaimIds[0]!);
    expect(claim.outside).toEqual({
      source: "liar",
      publisher: "PolitiFact",
      verdict: "Pants on Fire",
      deskVerdict: { name: "Wholly false", scaleName: "Six-level scale (False to True)" },
      reviewedAt: null,
      url: null,
      headline: null,
    });
    const rating = await db.rating.findFirstOrThrow({
      where: { claimId: claim.id },
      include: { label: { include: { scale: true } } },
    });
    expect(rating.label.scale.slug).toBe("politifact-truth-o-meter");
    expect(rating.label.scale.isDefault).toBe(false);
    const desk = await db.ratingScale.findFirstOrThrow({ where: { isDefault: true } });
    expect(desk.name).not.toMatch(/Truth-O-Meter/);
  });

  it("a ClaimReview keeps the publisher's words, date and link; an unknown verdict has no equivalent", async () => {
    const db = getDb();
    const t = tag();
    const result = await importClaimReviews(db, [
      {
        "@type": "ClaimReview",
        url: `https://checker.example/reviews/${t}-1`,
        claimReviewed: `Bridges rust faster in winter ${t}`,
        datePublished: "2025-03-04",
        headline: "Do bridges rust faster in winter?",
        author: { "@type": "Organization", name: "Other Checker" },
        reviewRating: {
          alternateName: "Largely wrong",
          ratingValue: 2,
          worstRating: 1,
          bestRating: 5,
        },
      },
      {
        "@type": "ClaimReview",
        url: `https://checker.example/reviews/${t}-2`,
        claimReviewed: `Tides follow the sun ${t}`,
        author: { "@type": "Organization", name: "Other Checker" },
        reviewRating: { alternateName: "Needs context" },
      },
    ]);
    expect(result.errors).toEqual([]);
    const mapped = await getClaim(db, result.claimIds[0]!);
    expect(mapped.outside).toMatchObject({
      source: "claimreview",
      publisher: "Other Checker",
      verdict: "Largely wrong",
      reviewedAt: new Date("2025-03-04"),
      url: `https://checker.example/reviews/${t}-1`,
      headline: "Do bridges rust faster in winter?",
    });
    // 2 on 1–5 sits at a quarter of the way: between False (2) and Mostly False (3) on 1–6.
    expect(mapped.outside?.deskVerdict?.name).toBe("False");
    const unmapped = await getClaim(db, result.claimIds[1]!);
    expect(unmapped.outside?.verdict).toBe("Needs context");
    expect(unmapped.outside?.deskVerdict).toBeNull();
  });

  it("the desk's own claim has no outside check", async () => {
    const db = getDb();
    const { claim } = await createCheckedClaim(db, { stage: "approved" });
    expect((await getClaim(db, claim.id)).outside).toBeNull();
  });

  it("imports count nowhere on the dashboard and stay out of the review queue", async () => {
    const db = getDb();
    // (the LIAR rows and ClaimReviews are published, rated and approved by their publishers)
    const before = await getDeskDashboard(db);
    const t = tag();
    const liar = await importLiarRows(db, [
      liarRow(`${t}-a.json`, "false", `Taxes doubled last year ${t}`),
      liarRow(`${t}-b.json`, "true", `Schools opened early ${t}`),
    ]);
    const reviews = await importClaimReviews(db, {
      "@type": "ClaimReview",
      url: `https://checker.example/reviews/${t}-q`,
      claimReviewed: `Rain is dry ${t}`,
      author: { name: "Other Checker" },
      reviewRating: { alternateName: "False" },
    });
    expect(liar.createdClaimIds).toHaveLength(2);
    expect(reviews.created).toBe(1);
    const after = await getDeskDashboard(db);
    expect(after).toEqual(before);

    // …while the desk's own verdict does count.
    await createCheckedClaim(db, { stage: "approved" });
    const own = await getDeskDashboard(db);
    expect(own.approvalWait.approved).toBe(after.approvalWait.approved + 1);

    const user = await createTestUser(db, "reviewer");
    const queue = await listReviewQueue(db, {
      userId: user.id,
      scope: "open",
      page: 1,
      pageSize: 100,
    });
    expect(queue.items.map((c) => c.id)).not.toContain(reviews.claimIds[0]);
  });
});
