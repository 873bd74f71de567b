import { setClaimTags, TAG_LIMITS } from "@claimdesk/core/claims";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

const ZTags = z
  .array(z.string().trim().min(1, "A tag cannot be empty").max(TAG_LIMITS.maxLength))
  .max(TAG_LIMITS.maxTags)
  .default([]);

export const ZClaimSetTagsInput = z.object({
  claimId: z.string().min(1).max(64),
  add: ZTags,
  remove: ZTags,
});
export const ZClaimSetTagsOutput = z.object({
  claimId: z.string(),
  tags: z.array(z.string()),
  added: z.array(z.string()),
  removed: z.array(z.string()),
});

/** Adds and removes a claim's tags (normalised to lower case in core). */
export const setTagsProcedure = reviewerProcedure
  .input(ZClaimSetTagsInput)
  .output(ZClaimSetTagsOutput)
  .mutation(({ ctx, input }) => setClaimTags(ctx.db, { ...input, actorId: ctx.user.id }));
