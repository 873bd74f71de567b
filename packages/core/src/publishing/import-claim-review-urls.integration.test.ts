// Issue 16: a ClaimReview import stored `javascript:` review URLs (shown as links on the desk).
// Only http(s) URLs are stored, anywhere in an imported review.
import { getDb } from "@claimdesk/db";
import { describe, expect, it } from "vitest";
import { importClaimReviews } from "./import-claim-reviews.ts";

function review(url: string, appearanceUrl = "https://video.example/pat") {
  return {
    "@type": "ClaimReview",
    url,
    claimReviewed: `Claim reviewed at ${url}`,
    author: { "@type": "Organization", name: "Other Checker" },
    reviewRating: { "@type": "Rating", alternateName: "False" },
    itemReviewed: { "@type": "Claim", appearance: { url: appearanceUrl, headline: "Seen here" } },
  };
}

describe("ClaimReview import URLs", () => {
  it.each([
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://files.example/review",
  ])("refuses the review URL %s", async (url) => {
    const result = await importClaimReviews(getDb(), review(url));
    expect(result.created).toBe(0);
    expect(result.errors[0]?.message).toMatch(/url .*http\(s\)/i);
    expect(await getDb().claim.count({ where: { externalUrl: url } })).toBe(0);
  });

  it("keeps no javascript: appearance URL in the claim's context", async () => {
    const result = await importClaimReviews(
      getDb(),
      review("https://other.example/r/1", "javascript:alert(1)"),
    );
    expect(result.created).toBe(1);
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: result.claimIds[0]! } });
    expect(claim.context).not.toContain("javascript:");
    expect(claim.externalUrl).toBe("https://other.example/r/1");
  });
});
