import { getSpeakerPage } from "@claimdesk/core/speakers";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { ZSpeakerPage } from "./schemas.ts";

export const ZSpeakerGetInput = z.object({
  slug: z.string().min(1).max(100),
  claimsPage: z.number().int().min(1).max(10_000).default(1),
  statementsPage: z.number().int().min(1).max(10_000).default(1),
});
export const ZSpeakerGetOutput = z.union([z.object({ redirectTo: z.string() }), ZSpeakerPage]);

export const getSpeakerProcedure = reviewerProcedure
  .input(ZSpeakerGetInput)
  .output(ZSpeakerGetOutput)
  .query(({ ctx, input }) => getSpeakerPage(ctx.db, input));
