export {
  type Context,
  CSRF_HEADER,
  clientIp,
  createContext,
  isSameOrigin,
  REQUEST_ID_HEADER,
} from "./context.ts";
export { clearSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "./cookies.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { hasJobQueue, setJobQueueProvider } from "./routers/admin/job-queue.ts";
export { warmSearchBackend } from "./routers/search/backend.ts";
export {
  isStorableText,
  UNSTORABLE_TEXT_MESSAGE,
  unstorableField,
  ZStorableInput,
  zText,
} from "./text.ts";
export { internalErrorMessage } from "./trpc.ts";
