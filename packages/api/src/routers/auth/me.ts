import { z } from "zod";
import { publicProcedure } from "../../trpc.ts";

export const ZMeOutput = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(["reviewer", "editor", "admin"]),
    csrfToken: z.string(),
  })
  .nullable();

export const meProcedure = publicProcedure
  .output(ZMeOutput)
  .query(({ ctx }) =>
    ctx.session ? { ...ctx.session.user, csrfToken: ctx.session.csrfToken } : null,
  );
