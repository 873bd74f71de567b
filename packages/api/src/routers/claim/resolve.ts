import { findClaimRedirect } from "@claimdesk/core/claims";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZClaimResolveInput = z.object({ id: z.string().min(1).max(64) });
export const ZClaimResolveOutput = z.object({ mergedInto: z.string().nullable() });

/** Where a merged claim's address leads (null when the id was never merged). */
export const resolveProcedure = reviewerProcedure
  .input(ZClaimResolveInput)
  .output(ZClaimResolveOutput)
  .query(async ({ ctx, input }) => ({ mergedInto: await findClaimRedirect(ctx.db, input.id) }));
