import { mergeClaims, previewMerge } from "@claimdesk/core/claims";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

const id = z.string().trim().min(1, "Give the claim to merge into").max(64);
export const ZClaimMergeInput = z.object({ sourceId: id, targetId: id });
const ZSide = z.object({ id: z.string(), text: z.string(), status: z.string() });
export const ZClaimMergePreviewOutput = z.object({
  source: ZSide,
  target: ZSide,
  refusal: z.string().nullable(),
  consequences: z.array(z.string()),
});
export const ZClaimMergeOutput = z.object({
  claimId: z.string(),
  mergedId: z.string(),
  consequences: z.array(z.string()),
});

/** What merging the duplicate into the target would do (for the confirmation). */
export const mergePreviewProcedure = reviewerProcedure
  .input(ZClaimMergeInput)
  .output(ZClaimMergePreviewOutput)
  .query(({ ctx, input }) => previewMerge(ctx.db, { ...input, actorId: ctx.user.id }));

/** Merges a duplicate into the surviving claim; the duplicate's address redirects there. */
export const mergeProcedure = reviewerProcedure
  .input(ZClaimMergeInput)
  .output(ZClaimMergeOutput)
  .mutation(({ ctx, input }) => mergeClaims(ctx.db, { ...input, actorId: ctx.user.id }));
