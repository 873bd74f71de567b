import { z } from "zod";

export const ZEvidenceFields = z.object({
  url: z.string().trim().min(1, "Enter the source URL").max(2000),
  title: z.string().trim().min(1, "Give the evidence a title").max(300),
  excerpt: z.string().max(5000).default(""),
  stance: z.enum(["supports", "refutes", "context"]),
});

export const ZEvidenceOutput = z.object({
  id: z.string(),
  claimId: z.string(),
  url: z.string(),
  title: z.string(),
  excerpt: z.string(),
  stance: z.string(),
  deletedAt: z.date().nullable(),
});
