export { type Actor, loadActor } from "./load-actor.ts";
export { hashPassword, needsRehash, PASSWORD_PARAMS, verifyPassword } from "./password.ts";
export { hasRole } from "./roles.ts";
export { ALL_SESSIONS, notifySessionChange, SESSION_CHANNEL } from "./session-events.ts";
export {
  type ActiveSession,
  createSession,
  deleteSession,
  getSession,
  SESSION_TTL_MS,
  type SessionUser,
  sessionIdOf,
} from "./sessions.ts";
export { SIGN_IN_LIMITS, signIn } from "./sign-in.ts";
