export { hashPassword, verifyPassword } from "./password.ts";
export { hasRole } from "./roles.ts";
export { createSession, deleteSession, getSession, SESSION_TTL_MS, type ActiveSession, type SessionUser } from "./sessions.ts";
export { signIn, SIGN_IN_LIMITS } from "./sign-in.ts";
