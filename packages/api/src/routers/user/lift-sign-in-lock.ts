import { liftSignInLock } from "@claimdesk/core/users";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";

export const ZUserLiftSignInLockInput = z.object({ userId: z.string().min(1).max(64) });
export const ZUserLiftSignInLockOutput = z.object({ ok: z.literal(true) });

/** Lets a user locked out by failed sign-ins try again at once, from every address. */
export const liftSignInLockProcedure = adminProcedure
  .input(ZUserLiftSignInLockInput)
  .output(ZUserLiftSignInLockOutput)
  .mutation(({ ctx, input }) => liftSignInLock(ctx.db, { ...input, actorId: ctx.user.id }));
