import { getFactCheckStory } from "@claimdesk/core/publishing";
import { z } from "zod";
import { editorProcedure } from "../../trpc.ts";

export const ZPublishingDraftInput = z.object({ claimId: z.string().min(1).max(64) });
export const ZPublishingDraftOutput = z
  .object({
    headline: z.string(),
    summary: z.string(),
    body: z.string(),
    byline: z.enum(["both", "reviewer", "editor", "desk"]),
    updatedAt: z.date(),
  })
  .nullable();

/** The saved draft of a claim's fact-check (null: none yet). */
export const draftProcedure = editorProcedure
  .input(ZPublishingDraftInput)
  .output(ZPublishingDraftOutput)
  .query(async ({ ctx, input }) => {
    const story = await getFactCheckStory(ctx.db, input.claimId);
    return story
      ? {
          headline: story.headline,
          summary: story.summary,
          body: story.body,
          byline: story.byline,
          updatedAt: story.updatedAt,
        }
      : null;
  });
