import { setClaimStatus } from "@claimdesk/core/claims";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZClaimResearchInput = z.object({ claimId: z.string().min(1).max(64) });
export const ZClaimResearchOutput = z.object({
  id: z.string(),
  status: z.string(),
  slug: z.string().nullable(),
});

/**
 * Moves a claim into research: a reviewer starts on a new claim, an editor sends a verdict back
 * (the workflow in core checks which). Publishing is `publishing.publish`.
 */
export const researchProcedure = reviewerProcedure
  .input(ZClaimResearchInput)
  .output(ZClaimResearchOutput)
  .mutation(async ({ ctx, input }) => {
    const claim = await setClaimStatus(ctx.db, {
      claimId: input.claimId,
      status: "in_research",
      actorId: ctx.user.id,
    });
    return { id: claim.id, status: claim.status, slug: claim.slug };
  });
