import { listSpeakers } from "@claimdesk/core/speakers";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZSpeakerListInput = z.object({
  q: z.string().max(200).default(""),
  page: z.number().int().min(1).max(10_000).default(1),
});
export const ZSpeakerListOutput = z.object({
  total: z.number(),
  page: z.number(),
  pageCount: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      slug: z.string(),
      role: z.string().nullable(),
      party: z.string().nullable(),
      claims: z.number(),
      statements: z.number(),
    }),
  ),
});

export const listSpeakersProcedure = reviewerProcedure
  .input(ZSpeakerListInput)
  .output(ZSpeakerListOutput)
  .query(({ ctx, input }) => listSpeakers(ctx.db, input));
