import { router } from "../../trpc.ts";
import { createUserProcedure } from "./create.ts";
import { liftSignInLockProcedure } from "./lift-sign-in-lock.ts";
import { listUsersProcedure } from "./list.ts";
import { resetPasswordProcedure } from "./reset-password.ts";
import { updateUserProcedure } from "./update.ts";

export const userRouter = router({
  list: listUsersProcedure,
  create: createUserProcedure,
  update: updateUserProcedure,
  resetPassword: resetPasswordProcedure,
  liftSignInLock: liftSignInLockProcedure,
});
