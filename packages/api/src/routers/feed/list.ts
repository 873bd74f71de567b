import { listFeeds } from "@claimdesk/core/ingest";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZFeed } from "./schemas.ts";

export const ZFeedListOutput = z.object({ feeds: z.array(ZFeed) });

/** Every followed feed, with its item count, last poll and last error. */
export const listFeedsProcedure = adminProcedure
  .output(ZFeedListOutput)
  .query(async ({ ctx }) => ({ feeds: await listFeeds(ctx.db) }));
