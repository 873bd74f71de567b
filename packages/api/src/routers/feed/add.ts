import { addFeed } from "@claimdesk/core/ingest";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";

export const ZFeedAddInput = z.object({
  url: z.string().trim().min(1, "Paste the feed's address").max(2000),
  title: z
    .string()
    .trim()
    .max(200, "Keep the name under 200 characters")
    .optional()
    .transform((t) => t || null),
});
export const ZFeedAddOutput = z.object({ id: z.string(), url: z.string() });

/** Follows a new RSS/Atom feed; the URL must pass the fetch policy (no private addresses). */
export const addFeedProcedure = adminProcedure
  .input(ZFeedAddInput)
  .output(ZFeedAddOutput)
  .mutation(async ({ ctx, input }) => {
    const feed = await addFeed(ctx.db, {
      url: input.url,
      title: input.title,
      actorId: ctx.user.id,
    });
    return { id: feed.id, url: feed.url };
  });
