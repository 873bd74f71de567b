export {
  type Context,
  CSRF_HEADER,
  clientIp,
  createContext,
  isSameOrigin,
} from "./context.ts";
export { clearSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "./cookies.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { hasJobQueue, setJobQueueProvider } from "./routers/admin/job-queue.ts";
export { warmSearchBackend } from "./routers/search/backend.ts";
