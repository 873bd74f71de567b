import { getDeskDashboard } from "@claimdesk/core/dashboard";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";
import { dayRange, ZDay } from "./day-range.ts";
export const ZDashboardDeskInput = z.object({
  /** first day counted */
  from: ZDay.optional(),
  /** last day counted (inclusive) */
  to: ZDay.optional(),
});
const ZTiming = z.object({ medianHours: z.number().nullable(), p90Hours: z.number().nullable() });
const ZGroups = z.array(
  z.object({
    name: z.string(),
    total: z.number(),
    verdicts: z.array(z.object({ label: z.string(), count: z.number() })),
  }),
);
export const ZDashboardDeskOutput = z.object({
  range: z.object({ from: z.date(), to: z.date() }),
  cycle: ZTiming.extend({ published: z.number() }),
  cycleByWeek: z.array(
    z.object({
      week: z.string(),
      published: z.number(),
      medianHours: z.number(),
      p90Hours: z.number(),
    }),
  ),
  stageWaits: z.array(ZTiming.extend({ stage: z.string(), claims: z.number() })),
  approvalWait: ZTiming.extend({ approved: z.number() }),
  people: z.array(
    z.object({ id: z.string(), name: z.string(), rated: z.number(), approved: z.number() }),
  ),
  openAssignments: z.array(z.object({ id: z.string(), name: z.string(), open: z.number() })),
  corrections: z.object({
    published: z.number(),
    corrected: z.number(),
    rate: z.number().nullable(),
  }),
  verdictsBySpeaker: ZGroups,
  verdictsByOutlet: ZGroups,
  verdictsByTag: ZGroups,
});

export const deskProcedure = reviewerProcedure
  .input(ZDashboardDeskInput)
  .output(ZDashboardDeskOutput)
  .query(({ ctx, input }) => getDeskDashboard(ctx.db, dayRange(input)));
