import type { RatingLabel } from "@claimdesk/db";
import { slugify } from "../speakers/upsert-speaker.ts";

/** An outside verdict: its words, and where it sits on its own scale when that is known. */
export interface OutsideRating {
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
}

/**
 * The scale's verdict label for an outside rating: by its position on the outside scale when
 * ratingValue, bestRating and worstRating are given; otherwise by name ("Mostly false" ->
 * "Mostly False"). Null when neither works ("no equivalent on our scale").
 */
export function mapRatingToScale(
  rating: OutsideRating,
  scale: { bestRating: number; worstRating: number; labels: RatingLabel[] },
): RatingLabel | null {
  const verdicts = scale.labels.filter((l) => l.isVerdict);
  const { ratingValue: value, bestRating: best, worstRating: worst } = rating;
  if (value !== undefined && best !== undefined && worst !== undefined && best !== worst) {
    const position = (value - worst) / (best - worst);
    if (position >= 0 && position <= 1) {
      const target = scale.worstRating + position * (scale.bestRating - scale.worstRating);
      let bestLabel: RatingLabel | null = null;
      for (const label of verdicts) {
        if (
          !bestLabel ||
          Math.abs(label.ratingValue - target) < Math.abs(bestLabel.ratingValue - target)
        )
          bestLabel = label;
      }
      if (bestLabel) return bestLabel;
    }
  }
  const wanted = slugify(rating.alternateName);
  return verdicts.find((l) => l.slug === wanted || slugify(l.name) === wanted) ?? null;
}
