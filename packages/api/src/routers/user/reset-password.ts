import { resetUserPassword } from "@claimdesk/core/users";
import { z } from "zod";
import { adminProcedure, changesSessions } from "../../trpc.ts";
import { ZPassword } from "./schemas.ts";

export const ZUserResetPasswordInput = z.object({
  userId: z.string().min(1).max(64),
  password: ZPassword,
});
export const ZUserResetPasswordOutput = z.object({ ok: z.literal(true) });

export const resetPasswordProcedure = adminProcedure
  .use(changesSessions)
  .input(ZUserResetPasswordInput)
  .output(ZUserResetPasswordOutput)
  .mutation(({ ctx, input }) => resetUserPassword(ctx.db, { ...input, actorId: ctx.user.id }));
