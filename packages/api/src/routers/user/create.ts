import { createUser } from "@claimdesk/core/users";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZPassword, ZRole, ZUser } from "./schemas.ts";

export const ZUserCreateInput = z.object({
  email: z.email("Enter a valid email address").max(320),
  name: z.string().trim().min(1, "Enter a name").max(200),
  role: ZRole,
  password: ZPassword,
});
export const ZUserCreateOutput = ZUser;

export const createUserProcedure = adminProcedure
  .input(ZUserCreateInput)
  .output(ZUserCreateOutput)
  .mutation(({ ctx, input }) => createUser(ctx.db, { ...input, actorId: ctx.user.id }));
