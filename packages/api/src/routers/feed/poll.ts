import { pollFeedNow } from "@claimdesk/jobs/operations";
import { z } from "zod";
import { requireQueue } from "../../queue.ts";
import { adminProcedure } from "../../trpc.ts";
import { ZFeedId } from "./schemas.ts";

export const ZFeedPollInput = z.object({ id: ZFeedId });
export const ZFeedPollOutput = z.object({ jobId: z.string().nullable() });

/**
 * Has the worker poll one feed now rather than at the next scheduled poll (one queued poll per
 * feed at a time: pressing the button twice does not poll twice).
 */
export const pollFeedProcedure = adminProcedure
  .input(ZFeedPollInput)
  .output(ZFeedPollOutput)
  .mutation(async ({ ctx, input }) => pollFeedNow(ctx.db, await requireQueue(ctx), input.id));
