import { getEvidenceSnapshot, requestEvidenceSnapshot } from "@claimdesk/core/evidence";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { enqueueSnapshot } from "./enqueue-snapshot.ts";

export const ZEvidenceIdInput = z.object({ evidenceId: z.string().min(1).max(64) });
export const ZEvidenceRetrySnapshotOutput = z.object({
  evidenceId: z.string(),
  queued: z.boolean(),
});
export const ZEvidenceSnapshotOutput = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string(),
  claim: z.object({ id: z.string(), text: z.string() }),
  status: z.string().nullable(),
  snapshotTitle: z.string().nullable(),
  domain: z.string().nullable(),
  text: z.string().nullable(),
  fetchedAt: z.date().nullable(),
  error: z.string().nullable(),
  contentHash: z.string().nullable(),
});

/** Fetch the evidence's snapshot again (after a failure, or to refresh it). */
export const retrySnapshotProcedure = reviewerProcedure
  .input(ZEvidenceIdInput)
  .output(ZEvidenceRetrySnapshotOutput)
  .mutation(async ({ ctx, input }) => {
    await requestEvidenceSnapshot(ctx.db, { ...input, actorId: ctx.user.id });
    return { evidenceId: input.evidenceId, queued: await enqueueSnapshot(ctx, input.evidenceId) };
  });

/** The stored snapshot, for its page. */
export const getSnapshotProcedure = reviewerProcedure
  .input(ZEvidenceIdInput)
  .output(ZEvidenceSnapshotOutput)
  .query(({ ctx, input }) => getEvidenceSnapshot(ctx.db, input.evidenceId));
