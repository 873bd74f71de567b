import { getDefaultRatingScale } from "@claimdesk/core/ratings";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZRatingScaleInput = z.object({}).default({});
export const ZRatingScaleOutput = z.object({
  id: z.string(),
  name: z.string(),
  labels: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      slug: z.string(),
      ratingValue: z.number(),
      description: z.string().nullable(),
    }),
  ),
});

/** The configured (default) scale the rating form offers. */
export const scaleProcedure = reviewerProcedure
  .input(ZRatingScaleInput)
  .output(ZRatingScaleOutput)
  .query(async ({ ctx }) => {
    const scale = await getDefaultRatingScale(ctx.db);
    return {
      id: scale.id,
      name: scale.name,
      labels: scale.labels.map((l) => ({
        id: l.id,
        name: l.name,
        slug: l.slug,
        ratingValue: l.ratingValue,
        description: l.description,
      })),
    };
  });
