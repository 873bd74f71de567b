// The claim page's likely matches: earlier checked claims worded differently, from the matcher,
// with level, the outside rating in the publisher's words, publisher, date, link and reason.
import { importClaimReviews } from "@claimdesk/core/publishing";
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { signedInCaller } from "./test-helpers.ts";

describe("claim.likelyMatches", () => {
  it("finds an imported fact-check a new claim repeats in other words, never the claim itself", async () => {
    const db = getDb();
    await importClaimReviews(db, [
      {
        "@type": "ClaimReview",
        url: "https://factcheck.example.org/reviews/stimulus-teachers",
        claimReviewed:
          "The stimulus package saved the jobs of 300,000 teachers across the country.",
        datePublished: "2010-03-04",
        author: { "@type": "Organization", name: "Example Checks" },
        reviewRating: { "@type": "Rating", alternateName: "Unproven" },
      },
    ]);
    const claim = await db.claim.create({
      data: {
        text: "Thanks to the stimulus, 300,000 teachers kept their jobs",
        fingerprint: `fp-likely-${Date.now()}`,
      },
    });
    const { caller } = await signedInCaller("reviewer");
    const result = await caller.claim.likelyMatches({ id: claim.id });
    expect(result.available).toBe(true);
    expect(result.items.map((i) => i.claimId)).not.toContain(claim.id);
    expect(result.items[0]).toMatchObject({
      text: "The stimulus package saved the jobs of 300,000 teachers across the country.",
      verdict: null,
      rating: "Unproven",
      publisher: "Example Checks",
      date: "2010-03-04",
      url: "https://factcheck.example.org/reviews/stimulus-teachers",
    });
    expect(["same", "likely"]).toContain(result.items[0]?.level);
    expect(result.items[0]?.reason).toMatch(/300000|teachers|stimulus/);
  });
});
