import { z } from "zod";

export const ZHarvestSource = z.object({
  id: z.string(),
  kind: z.enum(["sitemap", "feed", "pages"]),
  url: z.string(),
  name: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  enabled: z.boolean(),
  lastRunAt: z.date().nullable(),
  nextRunAt: z.date().nullable(),
  errorCount: z.number().int(),
  lastError: z.string().nullable(),
  lastRunSummary: z.string().nullable(),
  pagesSeen: z.number().int(),
  pagesImported: z.number().int(),
  pagesFailed: z.number().int(),
  reviewsFound: z.number().int(),
  lastPageError: z.object({ url: z.string(), error: z.string() }).nullable(),
});

export const ZHarvestSourceId = z.string().trim().min(1).max(64);
