import { getDashboardStats } from "@claimdesk/core/dashboard";
import { z } from "zod";
import { reviewerProcedure } from "../../trpc.ts";

const ZSeries = z.array(z.object({ label: z.string(), count: z.number() }));
export const ZDashboardStatsInput = z.object({}).default({});
export const ZDashboardStatsOutput = z.object({
  byStatus: ZSeries,
  byVerdict: ZSeries,
  checksOverTime: ZSeries,
  checkworthiness: ZSeries,
  queueAge: ZSeries,
});

export const statsProcedure = reviewerProcedure
  .input(ZDashboardStatsInput)
  .output(ZDashboardStatsOutput)
  .query(({ ctx }) => getDashboardStats(ctx.db));
