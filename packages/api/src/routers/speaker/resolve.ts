import { resolveSpeakerSlug } from "@claimdesk/core/speakers";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

export const ZSpeakerResolveInput = z.object({ name: z.string().min(1).max(200) });
export const ZSpeakerResolveOutput = z.object({ slug: z.string().nullable() });

export const resolveSpeakerProcedure = reviewerProcedure
  .input(ZSpeakerResolveInput)
  .output(ZSpeakerResolveOutput)
  .query(async ({ ctx, input }) => ({ slug: await resolveSpeakerSlug(ctx.db, input.name) }));
