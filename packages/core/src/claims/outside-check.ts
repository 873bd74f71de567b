import type { Db, RatingLabel } from "@claimdesk/db";
import { isOutsideOrigin } from "../desk-work/own-work.ts";
import { getDefaultRatingScale } from "../ratings/ensure-default-scale.ts";
import { mapRatingToScale } from "../ratings/map-rating-to-scale.ts";

/** What the claim page shows of an earlier fact-check by another organisation. */
export interface OutsideCheck {
  source: "liar" | "claimreview";
  /** the organisation that checked it ("PolitiFact", "Full Fact" …) */
  publisher: string;
  /** their verdict in their own words; null when they gave none we could read */
  verdict: string | null;
  /** the same verdict mapped onto the desk's default scale; null: no equivalent on our scale */
  deskVerdict: { name: string; scaleName: string } | null;
  /** when they published the review (null when the source does not say, as in LIAR) */
  reviewedAt: Date | null;
  /** the original review (http(s) only) */
  url: string | null;
  headline: string | null;
}

interface ClaimLike {
  origin: string;
  externalPublisher: string | null;
  externalRating: string | null;
  externalUrl: string | null;
  reviewHeadline: string | null;
  reviewedAt: Date | null;
  ratings: {
    status: string;
    label: Pick<RatingLabel, "name" | "ratingValue" | "scaleId"> & {
      scale: { bestRating: number; worstRating: number };
    };
  }[];
}

const httpOnly = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/**
 * The outside check behind an imported claim (null for the desk's own claims). Their verdict is
 * the imported wording, else the label of their current rating; it is mapped onto the desk's
 * default scale by position on their scale (a label of the desk's own scale maps to itself).
 */
export async function describeOutsideCheck(db: Db, claim: ClaimLike): Promise<OutsideCheck | null> {
  if (!isOutsideOrigin(claim.origin)) return null;
  const current = claim.ratings.find((r) => r.status === "approved") ?? null;
  const verdict = claim.externalRating ?? current?.label.name ?? null;
  let deskVerdict: OutsideCheck["deskVerdict"] = null;
  if (current) {
    const desk = await getDefaultRatingScale(db);
    const label =
      current.label.scaleId === desk.id
        ? current.label
        : mapRatingToScale(
            {
              alternateName: current.label.name,
              ratingValue: current.label.ratingValue,
              bestRating: current.label.scale.bestRating,
              worstRating: current.label.scale.worstRating,
            },
            desk,
          );
    deskVerdict = label ? { name: label.name, scaleName: desk.name } : null;
  }
  return {
    source: claim.origin as OutsideCheck["source"],
    publisher:
      claim.externalPublisher ?? (claim.origin === "liar" ? "PolitiFact" : "another fact-checker"),
    verdict,
    deskVerdict,
    reviewedAt: claim.reviewedAt,
    url: httpOnly(claim.externalUrl),
    headline: claim.reviewHeadline,
  };
}
