import { z } from "zod";

export const ZFeed = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  enabled: z.boolean(),
  items: z.number().int(),
  lastItemAt: z.date().nullable(),
  lastPolledAt: z.date().nullable(),
  lastError: z.string().nullable(),
  errorCount: z.number().int(),
  createdAt: z.date(),
});

export const ZFeedId = z.string().trim().min(1).max(64);
