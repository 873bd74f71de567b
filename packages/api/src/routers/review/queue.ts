import { COUNTED_STAGES } from "@claimdesk/core/desk-work";
import { listReviewQueue } from "@claimdesk/core/review";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { closedDayRange, dayRange, ZDay } from "../dashboard/day-range.ts";

const ZName = z.string().trim().min(1).max(300);
const ZPersonWork = z.enum(["assigned", "rated", "approved"]);
export const ZReviewQueueInput = z.object({
  scope: z.enum(["open", "unassigned", "mine"]).default("open"),
  /** one person's work instead (the dashboard's per-person bars): days counted, both included */
  person: z
    .object({
      userId: z.string().trim().min(1).max(64),
      work: ZPersonWork,
      from: ZDay.optional(),
      to: ZDay.optional(),
    })
    .optional(),
  /** the claims a dashboard verdict bar counted (by speaker, outlet, tag, verdict; approval days) */
  verdicts: z
    .object({
      speaker: ZName.optional(),
      outlet: ZName.optional(),
      tag: ZName.optional(),
      verdict: ZName.optional(),
      from: ZDay.optional(),
      to: ZDay.optional(),
    })
    .optional(),
  /** the claims a dashboard timing bar counted: published, or left the stage, in the days */
  stage: z
    .object({
      stage: z.enum(COUNTED_STAGES),
      from: ZDay,
      to: ZDay,
    })
    .optional(),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});
export const ZReviewQueueOutput = z.object({
  total: z.number(),
  page: z.number(),
  pageCount: z.number(),
  /** whose work the list is, when filtered by person (null: no such user) */
  person: z.object({ id: z.string(), name: z.string(), work: ZPersonWork }).nullable(),
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      status: z.string(),
      checkworthiness: z.number(),
      createdAt: z.date(),
      speaker: z.string().nullable(),
      assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
      appearances: z.number(),
      evidence: z.number(),
      /** a statement of this claim repeats a published fact-check ("said it again") */
      repeatOf: z.object({ claimId: z.string(), text: z.string() }).nullable(),
    }),
  ),
});

export const queueProcedure = reviewerProcedure
  .input(ZReviewQueueInput)
  .output(ZReviewQueueOutput)
  .query(({ ctx, input }) =>
    listReviewQueue(ctx.db, {
      ...input,
      userId: ctx.user.id,
      person: input.person && { ...input.person, ...dayRange(input.person) },
      verdicts: input.verdicts && { ...input.verdicts, ...dayRange(input.verdicts) },
      stage: input.stage && { stage: input.stage.stage, ...closedDayRange(input.stage) },
    }),
  );
