import { updateUser } from "@claimdesk/core/users";
import { z } from "zod";
import { adminProcedure, changesSessions } from "../../trpc.ts";
import { ZRole, ZUser } from "./schemas.ts";

export const ZUserUpdateInput = z.object({
  userId: z.string().min(1).max(64),
  role: ZRole.optional(),
  disabled: z.boolean().optional(),
});
export const ZUserUpdateOutput = ZUser;

/** Change role, disable or re-enable. */
export const updateUserProcedure = adminProcedure
  .use(changesSessions)
  .input(ZUserUpdateInput)
  .output(ZUserUpdateOutput)
  .mutation(({ ctx, input }) => updateUser(ctx.db, { ...input, actorId: ctx.user.id }));
