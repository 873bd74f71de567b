// Writes the CheckThat! 2020 verified claims as ClaimReview JSON (what a desk importing Snopes'
// reviews would have), to a file outside the repository, for `claimdesk claimreview import`:
//   tsx scripts/checkthat/write-claimreviews.ts /tmp/checkthat-claimreviews.json
// Each review's url is https://checkthat.invalid/vclaim/<vclaim_id>, so a match's externalId
// names the verified claim. The rating "Unrated" maps to no label of the desk's scale.
import { writeFileSync } from "node:fs";
import { readVerifiedClaims } from "./read-checkthat.ts";

export const vclaimUrl = (id: string) => `https://checkthat.invalid/vclaim/${id}`;
export const vclaimIdOf = (externalId: string | null) =>
  externalId?.startsWith("https://checkthat.invalid/vclaim/") ? externalId.slice(33) : null;

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2];
  if (!out) throw new Error("usage: write-claimreviews.ts <out.json>");
  const reviews = readVerifiedClaims().map((v) => ({
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: vclaimUrl(v.id),
    claimReviewed: v.vclaim,
    headline: v.title,
    author: { "@type": "Organization", name: "Snopes" },
    reviewRating: { "@type": "Rating", alternateName: "Unrated" },
  }));
  writeFileSync(out, JSON.stringify(reviews));
  console.error(`wrote ${reviews.length} ClaimReviews to ${out}`);
}
