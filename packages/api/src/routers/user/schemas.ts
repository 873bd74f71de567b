import { z } from "zod";

export const ZRole = z.enum(["reviewer", "editor", "admin"]);
export const ZUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  disabledAt: z.date().nullable(),
  createdAt: z.date(),
});
export const ZPassword = z.string().min(10, "Use at least 10 characters").max(200);
