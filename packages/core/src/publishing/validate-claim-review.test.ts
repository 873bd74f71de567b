import { describe, expect, it } from "vitest";
import { buildClaimReview, serializeJsonLd } from "./build-claim-review.ts";
import type { FactCheck } from "./load-fact-checks.ts";
import { validateClaimReview } from "./validate-claim-review.ts";

const verdict = {
  ratingId: "r1",
  label: "Mostly False",
  labelSlug: "mostly-false",
  ratingValue: 3,
  bestRating: 6,
  worstRating: 1,
  scaleName: "six",
  rationale: "Counts show 41,300.",
  approvedAt: new Date("2026-03-02T10:00:00Z"),
  correctionNote: null,
};
const fc: FactCheck = {
  id: "c1",
  slug: "bridge-carries-62000-abcd1234",
  claim: "The bridge carries 62,000 vehicles a day </script><script>alert(1)</script>",
  claimDate: new Date("2026-03-01T00:00:00Z"),
  publishedAt: new Date("2026-03-03T00:00:00Z"),
  modifiedAt: null,
  speaker: { name: "Elena Vasquez", role: "Council member" },
  verdict,
  history: [],
  corrections: [],
  evidence: [],
  appearances: [
    {
      articleId: "a1",
      url: "https://news.example.com/a",
      headline: "Bridge",
      datePublished: new Date("2026-03-01T09:00:00Z"),
      author: "Sam",
      publisher: "Daily",
      quote: "q",
    },
  ],
  story: null,
  retraction: null,
  replies: [],
  changedAt: new Date("2026-03-03T00:00:00Z"),
};
const site = { origin: "https://checks.example.org/", orgName: "Desk" };

describe("validateClaimReview", () => {
  it("accepts what buildClaimReview emits, with no warnings", () => {
    const review = buildClaimReview(fc, site);
    expect(review.url).toBe("https://checks.example.org/fact-checks/bridge-carries-62000-abcd1234");
    expect(validateClaimReview(review)).toEqual({ valid: true, errors: [], warnings: [] });
  });

  it("lists every missing required field of an empty object", () => {
    const result = validateClaimReview({ "@type": "ClaimReview" });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.path).sort()).toEqual([
      "author",
      "claimReviewed",
      "datePublished",
      "reviewRating",
      "url",
    ]);
    expect(result.warnings.map((w) => w.path)).toContain("itemReviewed");
    expect(validateClaimReview("nope").valid).toBe(false);
    expect(
      validateClaimReview({ ...buildClaimReview(fc, site), "@type": "Review" }).errors[0]?.path,
    ).toBe("@type");
  });

  it("rejects broken ratings, types, urls and dates", () => {
    const good = buildClaimReview(fc, site);
    const cases: [Record<string, unknown>, string][] = [
      [
        { reviewRating: { "@type": "Rating", ratingValue: 3, bestRating: 6, worstRating: 1 } },
        "reviewRating.alternateName",
      ],
      [
        { reviewRating: { "@type": "AggregateRating", alternateName: "False" } },
        "reviewRating.@type",
      ],
      [
        {
          reviewRating: {
            "@type": "Rating",
            alternateName: "False",
            ratingValue: "3",
            bestRating: 6,
            worstRating: 1,
          },
        },
        "reviewRating.ratingValue",
      ],
      [
        {
          reviewRating: {
            "@type": "Rating",
            alternateName: "False",
            ratingValue: 7,
            bestRating: 6,
            worstRating: 1,
          },
        },
        "reviewRating.ratingValue",
      ],
      [
        {
          reviewRating: {
            "@type": "Rating",
            alternateName: "False",
            ratingValue: 1,
            bestRating: 1,
            worstRating: 1,
          },
        },
        "reviewRating.bestRating",
      ],
      [
        {
          reviewRating: {
            "@type": "Rating",
            alternateName: "False",
            ratingValue: 0,
            bestRating: 5,
            worstRating: 0,
          },
        },
        "reviewRating.worstRating",
      ],
      [{ url: "/fact-checks/x" }, "url"],
      [{ author: { "@type": "Organization" } }, "author.name"],
      [{ datePublished: "yesterday" }, "datePublished"],
      [{ itemReviewed: { "@type": "CreativeWork" } }, "itemReviewed.@type"],
      [
        {
          itemReviewed: {
            "@type": "Claim",
            author: { "@type": "Person", name: "X" },
            appearance: [{ "@type": "Claim" }],
          },
        },
        "itemReviewed.appearance[0]",
      ],
      [{ correction: [{ "@type": "Comment", text: "x" }] }, "correction[0]"],
      [{ claimReviewed: "False: the bridge carries 62,000 vehicles" }, "claimReviewed"],
      [
        { claimReviewed: "Mostly false claim that the bridge carries 62,000 vehicles" },
        "claimReviewed",
      ],
    ];
    for (const [patch, path] of cases) {
      const result = validateClaimReview({ ...good, ...patch });
      expect(result.valid, path).toBe(false);
      expect(
        result.errors.map((e) => e.path),
        JSON.stringify(patch),
      ).toContain(path);
    }
  });

  it("warns when recommended Claim details are missing", () => {
    const bare = buildClaimReview({ ...fc, speaker: null, appearances: [], claimDate: null }, site);
    const result = validateClaimReview(bare);
    expect(result.valid).toBe(true);
    expect(result.warnings.map((w) => w.path).sort()).toEqual([
      "itemReviewed.appearance",
      "itemReviewed.author",
      "itemReviewed.datePublished",
    ]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element, and parses back to the same object", () => {
    const review = buildClaimReview(fc, site);
    const text = serializeJsonLd(review);
    expect(text).not.toMatch(/<|>/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(review)));
  });
});
