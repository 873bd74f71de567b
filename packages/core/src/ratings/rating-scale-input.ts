import { z } from "zod";
import { badRequest } from "../errors.ts";
import { slugify } from "../speakers/index.ts";

export const ZRatingLabelInput = z.object({
  /** Present for a label that already exists (update keeps its ratings attached). */
  id: z.string().min(1).optional(),
  name: z
    .string()
    .trim()
    .min(1, "Give the label a name.")
    .max(60, "Keep label names under 60 characters."),
  ratingValue: z.number().int("Rating values are whole numbers.").min(0).max(100),
  isVerdict: z.boolean(),
  description: z.string().trim().max(500).nullish(),
});

/** A rating scale as an admin edits it: labels in display order (position = index). */
export const ZRatingScaleInput = z
  .object({
    name: z.string().trim().min(1, "Give the scale a name.").max(100),
    description: z.string().trim().max(500).nullish(),
    labels: z
      .array(ZRatingLabelInput)
      .min(2, "A scale needs at least two labels.")
      .max(20, "At most 20 labels."),
  })
  .superRefine((scale, ctx) => {
    const slugs = new Map<string, number>();
    scale.labels.forEach((label, i) => {
      const slug = slugify(label.name);
      if (slugs.has(slug)) {
        ctx.addIssue({
          code: "custom",
          path: ["labels", i, "name"],
          message: `"${label.name}" is used twice.`,
        });
      }
      slugs.set(slug, i);
    });
    const verdicts = scale.labels.filter((l) => l.isVerdict);
    if (verdicts.length < 2) {
      ctx.addIssue({
        code: "custom",
        path: ["labels"],
        message: "Mark at least two labels as verdicts (a worst and a best).",
      });
    }
    const values = new Set<number>();
    scale.labels.forEach((label, i) => {
      if (!label.isVerdict) return;
      if (label.ratingValue < 1) {
        ctx.addIssue({
          code: "custom",
          path: ["labels", i, "ratingValue"],
          message: "Verdict values start at 1 (ClaimReview's worstRating is at least 1).",
        });
      }
      if (values.has(label.ratingValue)) {
        ctx.addIssue({
          code: "custom",
          path: ["labels", i, "ratingValue"],
          message: `Two verdicts share the value ${label.ratingValue}; each verdict needs its own.`,
        });
      }
      values.add(label.ratingValue);
    });
  });

export type RatingScaleInput = z.input<typeof ZRatingScaleInput>;

/** Worst and best values come from the verdict labels (non-verdict labels are never published). */
export function scaleBounds(labels: { ratingValue: number; isVerdict: boolean }[]) {
  const values = labels.filter((l) => l.isVerdict).map((l) => l.ratingValue);
  return { worstRating: Math.min(...values), bestRating: Math.max(...values) };
}

/** Validates a scale for any caller (API, CLI, tests); problems become one readable message. */
export function parseRatingScaleInput(input: RatingScaleInput) {
  const parsed = ZRatingScaleInput.safeParse(input);
  if (!parsed.success) {
    throw badRequest(
      parsed.error.issues
        .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
        .join(" "),
    );
  }
  return parsed.data;
}
