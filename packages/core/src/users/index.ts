export {
  createUser,
  liftSignInLock,
  listUsers,
  MIN_PASSWORD_LENGTH,
  resetUserPassword,
  updateUser,
} from "./manage-users.ts";
