import { z } from "zod";

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const typeIs = (v: Record<string, unknown>, type: string) =>
  v["@type"] === type || (Array.isArray(v["@type"]) && v["@type"].includes(type));

/** schema.org allows Number or Text for ratings: "3" and 3 are both accepted. */
const ZNumberish = z.union([
  z.number().finite(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, "must be a number")
    .transform(Number),
]);
const ZDate = z
  .string()
  .trim()
  .refine((s) => !Number.isNaN(new Date(s).getTime()), "must be a date (ISO 8601)")
  .transform((s) => new Date(s));
const ZNamed = z.looseObject({
  name: z.string().trim().min(1, "needs a name"),
  url: z.string().optional(),
  jobTitle: z.string().optional(),
});
/** schema.org allows one value or a list: the first of a list is used (errors stay precise). */
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v), schema);
const ZAppearance = z.looseObject({
  url: z.string().optional(),
  headline: z.string().optional(),
  datePublished: ZDate.optional(),
});

/** One ClaimReview as accepted on import (extra properties are allowed and ignored). */
export const ZImportedClaimReview = z.looseObject({
  url: z.url({
    error: "must be the absolute URL of the review (it identifies the review on re-import)",
  }),
  claimReviewed: z
    .string()
    .trim()
    .min(1, "is required")
    .max(5000, "is longer than 5000 characters"),
  datePublished: ZDate.optional(),
  /**
   * the review's own headline: schema.org `headline`, else `name`, `alternativeHeadline`,
   * `description` or the reviewed claim's `name` (reviewHeadline below)
   */
  headline: z.string().trim().max(1000).optional(),
  name: z.string().trim().max(1000).optional(),
  alternativeHeadline: z.string().trim().max(1000).optional(),
  description: z.string().trim().optional(),
  author: oneOrMany(ZNamed).optional(),
  publisher: oneOrMany(ZNamed).optional(),
  reviewRating: oneOrMany(
    z.looseObject({
      alternateName: z.string().trim().min(1, "is required (the verdict as text)"),
      ratingValue: ZNumberish.optional(),
      bestRating: ZNumberish.optional(),
      worstRating: ZNumberish.optional(),
      ratingExplanation: z.string().optional(),
    }),
  ),
  itemReviewed: z
    .looseObject({
      author: oneOrMany(ZNamed).optional(),
      datePublished: ZDate.optional(),
      appearance: z.union([ZAppearance, z.array(ZAppearance)]).optional(),
      firstAppearance: ZAppearance.optional(),
      name: z.string().trim().optional(),
    })
    .optional(),
});

/** The review's headline as given, from the first of the properties publishers use for it. */
export function reviewHeadline(review: z.output<typeof ZImportedClaimReview>): string | null {
  const found = [
    review.headline,
    review.name,
    review.alternativeHeadline,
    review.description,
    review.itemReviewed?.name,
  ].find((v) => v && v.length > 0);
  return found ? found.slice(0, 1000) : null;
}
export type ImportedClaimReview = z.output<typeof ZImportedClaimReview>;

/** A node found in the input, with a label saying where (for per-item error messages). */
export interface FoundNode {
  where: string;
  value: unknown;
}

/**
 * Finds the ClaimReview nodes in what was given: a single object, an array, a JSON-LD `@graph`,
 * or the feed format `{ items: [...] }` (nesting allowed). Other typed nodes (WebPage,
 * Organization …) are skipped; untyped values are returned so validation can report them.
 */
export function findClaimReviewNodes(input: unknown, where = "input"): FoundNode[] {
  if (Array.isArray(input))
    return input.flatMap((v, i) => findClaimReviewNodes(v, `${where}[${i}]`));
  if (!isObj(input)) return [{ where, value: input }];
  if (Array.isArray(input["@graph"]))
    return findClaimReviewNodes(input["@graph"], `${where}.@graph`);
  if (Array.isArray(input.items) && input["@type"] === undefined)
    return findClaimReviewNodes(input.items, `${where}.items`);
  if (typeIs(input, "ClaimReview")) return [{ where, value: input }];
  if (input["@type"] !== undefined) return []; // another schema.org type in a graph
  return [{ where, value: input }];
}
