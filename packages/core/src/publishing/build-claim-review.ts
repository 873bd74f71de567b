import type { FactCheck } from "./load-fact-checks.ts";

/** Who publishes: the organisation and the public origin of its site. */
export interface PublisherSite {
  /** e.g. "https://factcheck.example.org" (PUBLIC_ORIGIN, else the request origin). */
  origin: string;
  orgName: string;
  orgUrl?: string | null;
}

export type JsonLd = { [key: string]: unknown };

/** Google shows claimReviewed as a short summary; longer claims are shortened on a word boundary. */
export const MAX_CLAIM_REVIEWED = 300;

function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}

export function factCheckUrl(origin: string, slug: string): string {
  return `${origin.replace(/\/+$/, "")}/fact-checks/${encodeURIComponent(slug)}`;
}

/**
 * schema.org ClaimReview for a published fact-check, per Google's fact-check structured-data
 * rules: the verdict is only in reviewRating (alternateName + numbers from the claim's scale),
 * never in claimReviewed; itemReviewed is the Claim with its speaker and appearances; a
 * corrected verdict adds dateModified and CorrectionComments (history is kept, not rewritten).
 */
export function buildClaimReview(fc: FactCheck, site: PublisherSite): JsonLd {
  const organisation: JsonLd = { "@type": "Organization", name: site.orgName };
  if (site.orgUrl) organisation.url = site.orgUrl;

  const appearances = fc.appearances.map((a) => {
    const work: JsonLd = { "@type": "CreativeWork" };
    if (a.url) work.url = a.url;
    work.headline = a.headline;
    if (a.datePublished) work.datePublished = a.datePublished.toISOString();
    if (a.author) work.author = { "@type": "Person", name: a.author };
    if (a.publisher) work.publisher = { "@type": "Organization", name: a.publisher };
    return work;
  });
  const claim: JsonLd = { "@type": "Claim" };
  if (fc.speaker) {
    const author: JsonLd = { "@type": "Person", name: fc.speaker.name };
    if (fc.speaker.role) author.jobTitle = fc.speaker.role;
    claim.author = author;
  }
  const firstSaid =
    fc.claimDate ?? fc.appearances.find((a) => a.datePublished)?.datePublished ?? null;
  if (firstSaid) claim.datePublished = firstSaid.toISOString();
  if (appearances.length > 0) {
    claim.appearance = appearances;
    claim.firstAppearance = appearances[0];
  }

  const review: JsonLd = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: factCheckUrl(site.origin, fc.slug),
    claimReviewed: shorten(fc.claim, MAX_CLAIM_REVIEWED),
    datePublished: fc.publishedAt.toISOString(),
  };
  if (fc.retraction) return retractedClaimReview(review, fc, organisation);
  if (fc.story) review.headline = shorten(fc.story.headline, 200);
  if (fc.modifiedAt) review.dateModified = fc.modifiedAt.toISOString();
  review.author = organisation;
  review.reviewRating = {
    "@type": "Rating",
    ratingValue: fc.verdict.ratingValue,
    bestRating: fc.verdict.bestRating,
    worstRating: fc.verdict.worstRating,
    alternateName: fc.verdict.label,
    ratingExplanation: shorten(fc.verdict.rationale, 500),
  };
  review.itemReviewed = claim;
  if (fc.corrections.length > 0) {
    review.correction = fc.corrections.map((c) => ({
      "@type": "CorrectionComment",
      text: `${c.note} (verdict changed from "${c.from}" to "${c.to}")`,
      datePublished: c.datePublished.toISOString(),
    }));
  }
  return review;
}

/**
 * The feed's tombstone of a retracted fact-check (decision 015): the same url, claim and
 * datePublished, `creativeWorkStatus: "Retracted"`, `dateModified` = the retraction, the public
 * note as a CorrectionComment, and no reviewRating, so no consumer keeps showing the verdict. The
 * public page itself carries no ClaimReview any more (markup must match what the page shows).
 */
function retractedClaimReview(review: JsonLd, fc: FactCheck, organisation: JsonLd): JsonLd {
  const retraction = fc.retraction!;
  return {
    ...review,
    dateModified: retraction.retractedAt.toISOString(),
    creativeWorkStatus: "Retracted",
    author: organisation,
    correction: [
      ...fc.corrections.map((c) => ({
        "@type": "CorrectionComment",
        text: `${c.note} (verdict changed from "${c.from}" to "${c.to}")`,
        datePublished: c.datePublished.toISOString(),
      })),
      {
        "@type": "CorrectionComment",
        text: `Retracted: ${retraction.note}`,
        datePublished: retraction.retractedAt.toISOString(),
      },
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JS line separators are
 * escaped, so no user text (e.g. "</script>") can end the script element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
