export { hashPassword, needsRehash, PASSWORD_PARAMS, verifyPassword } from "./password.ts";
export { hasRole } from "./roles.ts";
export {
  type ActiveSession,
  createSession,
  deleteSession,
  getSession,
  SESSION_TTL_MS,
  type SessionUser,
} from "./sessions.ts";
export { SIGN_IN_LIMITS, signIn } from "./sign-in.ts";
