import { openClaimForStatement } from "@claimdesk/core/claims";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZClaimOpenForStatementInput = z.object({ statementId: z.string().min(1).max(64) });
export const ZClaimOpenForStatementOutput = z.object({ claimId: z.string(), created: z.boolean() });

export const openForStatementProcedure = reviewerProcedure
  .input(ZClaimOpenForStatementInput)
  .output(ZClaimOpenForStatementOutput)
  .mutation(({ ctx, input }) =>
    openClaimForStatement(ctx.db, { statementId: input.statementId, actorId: ctx.user.id }),
  );
