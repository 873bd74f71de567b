export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { type Context, createContext, CSRF_HEADER, isSameOrigin } from "./context.ts";
export { clearSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "./cookies.ts";
