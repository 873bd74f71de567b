import { randomBytes } from "node:crypto";
import { createDb, type Db, getDb } from "@claimdesk/db";
import { cloneTemplateDatabase, dropDatabase } from "@claimdesk/db/testing";
import { fingerprintText } from "@claimdesk/extraction";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDefaultRatingScale } from "../ratings/index.ts";
import { createCheckedClaim } from "../testing/index.ts";
import { exportClaimReviews } from "./export-claim-reviews.ts";
import { importClaimReviews } from "./import-claim-reviews.ts";
import { listPublishedFactChecks } from "./list-published-fact-checks.ts";
import { publishClaim } from "./publish-claim.ts";

const site = { origin: "https://checks.example.org", orgName: "Example Fact Desk" };

function review(overrides: Record<string, unknown> = {}) {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: "https://other-checker.example/reviews/wind-turbines",
    claimReviewed: "Wind turbines cause more bird deaths than cats",
    datePublished: "2025-11-02",
    author: { "@type": "Organization", name: "Other Checker" },
    reviewRating: {
      "@type": "Rating",
      alternateName: "Wrong",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
    },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: "Pat Example", jobTitle: "Senator" },
      datePublished: "2025-10-20",
      appearance: {
        "@type": "CreativeWork",
        url: "https://video.example/pat",
        headline: "Pat on energy",
      },
    },
    ...overrides,
  };
}

describe("export then import round-trips", () => {
  let fresh: Db;
  const name = `claimdesk_test_roundtrip_${randomBytes(4).toString("hex")}`;
  beforeAll(async () => {
    const url = await cloneTemplateDatabase(
      process.env.CLAIMDESK_TEST_ADMIN_URL!,
      process.env.CLAIMDESK_TEST_TEMPLATE!,
      name,
    );
    fresh = createDb(url, { max: 2 });
  });
  afterAll(async () => {
    await fresh.$disconnect();
    await dropDatabase(process.env.CLAIMDESK_TEST_ADMIN_URL!, name);
  });

  it("keeps claim text, publisher, label, values and speaker in a fresh database", async () => {
    const db = getDb();
    const { claim, editor } = await createCheckedClaim(db, {
      text: "The harbor bridge carries 62,000 vehicles a day",
      labelSlug: "half-true",
    });
    await publishClaim(db, { claimId: claim.id, actorId: editor.id });
    const exported = JSON.parse(JSON.stringify(await exportClaimReviews(db, site)));
    const mine = exported.find((r: { claimReviewed: string }) => r.claimReviewed === claim.text);
    expect(mine).toBeDefined();

    const result = await importClaimReviews(fresh, [mine]);
    expect(result).toMatchObject({
      created: 1,
      updated: 0,
      unchanged: 0,
      errors: [],
      warnings: [],
    });
    const imported = await fresh.claim.findFirstOrThrow({
      where: { origin: "claimreview" },
      include: { ratings: { include: { label: { include: { scale: true } } } }, speaker: true },
    });
    expect(imported.text).toBe(claim.text);
    expect(imported.fingerprint).toBe(fingerprintText(claim.text));
    expect(imported.externalPublisher).toBe("Example Fact Desk");
    expect(imported.externalId).toBe(mine.url);
    expect(imported.externalUrl).toBe(mine.url);
    expect(imported.speaker?.role).toBe("Council member");
    expect(imported.ratings).toHaveLength(1);
    const label = imported.ratings[0]!.label;
    expect(label.name).toBe("Half True");
    expect([label.ratingValue, label.scale.worstRating, label.scale.bestRating]).toEqual([4, 1, 6]);
    expect(imported.ratings[0]!.rationale).toContain('rated this "Half True"');
    expect(
      await fresh.outboxEvent.count({ where: { entityType: "claim", entityId: imported.id } }),
    ).toBe(1);
    // Imported checks are prior checks, never published as ours.
    expect((await listPublishedFactChecks(fresh, {})).items).toEqual([]);

    // Idempotent: the same file again changes nothing.
    const again = await importClaimReviews(fresh, { items: [mine], nextCursor: null });
    expect(again).toMatchObject({ created: 0, unchanged: 1, errors: [] });
    expect(await fresh.claim.count()).toBe(1);
    expect(await fresh.rating.count()).toBe(1);
  });
});

describe("importClaimReviews", () => {
  it("maps outside scales by position, else by name, and keeps the original verdict text", async () => {
    const db = getDb();
    await getDefaultRatingScale(db);
    const result = await importClaimReviews(db, {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebPage", name: "ignored" },
        review(),
        review({
          url: "https://other-checker.example/reviews/2",
          claimReviewed: "Unemployment halved in a year",
          reviewRating: { "@type": "Rating", alternateName: "mostly true" },
        }),
        review({
          url: "https://other-checker.example/reviews/3",
          claimReviewed: "Schools got 4% more money",
          reviewRating: { "@type": "Rating", alternateName: "Needs context" },
        }),
      ],
    });
    expect(result.errors).toEqual([]);
    expect(result.created).toBe(3);
    expect(result.warnings).toEqual([
      {
        item: "input.@graph[3]",
        message: expect.stringContaining('"Needs context" matches no verdict'),
      },
    ]);

    const byUrl = async (url: string) =>
      db.claim.findFirstOrThrow({
        where: { externalId: url },
        include: { ratings: { include: { label: true } }, speaker: true },
      });
    const wind = await byUrl("https://other-checker.example/reviews/wind-turbines");
    expect(wind.ratings[0]?.label.name).toBe("Wholly false"); // 1 on 1-5 -> worst on 1-6
    expect(wind.ratings[0]?.rationale).toContain('Other Checker rated this "Wrong"');
    expect(wind.context).toContain('Rated "Wrong" by Other Checker');
    expect(wind.speaker?.name).toBe("Pat Example");
    expect(wind.claimDate?.toISOString()).toBe("2025-10-20T00:00:00.000Z");
    expect((await byUrl("https://other-checker.example/reviews/2")).ratings[0]?.label.name).toBe(
      "Mostly True",
    );
    const unmapped = await byUrl("https://other-checker.example/reviews/3");
    expect(unmapped.ratings).toEqual([]);
    expect(unmapped.context).toContain("Needs context");
  });

  it("a changed verdict on re-import supersedes the old one instead of overwriting it", async () => {
    const db = getDb();
    const url = "https://other-checker.example/reviews/changing";
    await importClaimReviews(db, review({ url }));
    const result = await importClaimReviews(
      db,
      review({
        url,
        reviewRating: {
          "@type": "Rating",
          alternateName: "Right",
          ratingValue: 5,
          bestRating: 5,
          worstRating: 1,
        },
      }),
    );
    expect(result).toMatchObject({ updated: 1, created: 0 });
    const ratings = await db.rating.findMany({
      where: { claim: { externalId: url } },
      include: { label: true },
      orderBy: { createdAt: "asc" },
    });
    expect(ratings.map((r) => [r.label.name, r.status])).toEqual([
      ["Wholly false", "superseded"],
      ["True", "approved"],
    ]);
  });

  it("reports each broken item and still imports the good ones", async () => {
    const db = getDb();
    const result = await importClaimReviews(db, [
      review({ url: "https://other-checker.example/reviews/good" }),
      review({ url: "not a url" }),
      review({
        url: "https://other-checker.example/reviews/no-rating",
        reviewRating: { "@type": "Rating" },
      }),
      review({ url: "https://other-checker.example/reviews/empty", claimReviewed: "  " }),
      42,
    ]);
    expect(result.created).toBe(1);
    expect(result.errors.map((e) => e.item)).toEqual([
      "input[1]",
      "input[2]",
      "input[3]",
      "input[4]",
    ]);
    expect(result.errors[0]?.message).toMatch(/url must be the absolute URL/);
    expect(result.errors[1]?.message).toMatch(/reviewRating.alternateName/);
    expect(result.errors[2]?.message).toMatch(/claimReviewed is required/);
    expect((await importClaimReviews(db, { hello: "world" })).errors).toHaveLength(1);
    expect((await importClaimReviews(db, [])).errors[0]?.message).toMatch(/No ClaimReview found/);
  });

  it("keeps the review's headline (headline, else name), its rating in the publisher's words and date", async () => {
    const db = getDb();
    const suffix = randomBytes(4).toString("hex");
    const result = await importClaimReviews(db, [
      review({
        url: `https://other-checker.example/reviews/headline-${suffix}`,
        headline: "Do Wind Turbines Kill More Birds Than Cats?",
        reviewRating: { "@type": "Rating", alternateName: "Mixture" },
      }),
      review({
        url: `https://other-checker.example/reviews/name-${suffix}`,
        name: "Are Cats Worse for Birds?",
      }),
    ]);
    expect(result.errors).toEqual([]);
    const [withHeadline, withName] = await Promise.all(
      result.claimIds.map((id) => db.claim.findUniqueOrThrow({ where: { id } })),
    );
    expect(withHeadline).toMatchObject({
      reviewHeadline: "Do Wind Turbines Kill More Birds Than Cats?",
      externalRating: "Mixture",
      reviewedAt: new Date("2025-11-02"),
    });
    expect(withName?.reviewHeadline).toBe("Are Cats Worse for Birds?");
  });
});
