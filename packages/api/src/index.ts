/** for /healthz: starts loading the services' search backend and says whether it is ready */
export { warmSearchBackend } from "@claimdesk/search";
export {
  type Context,
  type ContextServices,
  CSRF_HEADER,
  clientIp,
  createContext,
  isSameOrigin,
  REQUEST_ID_HEADER,
} from "./context.ts";
export { clearSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "./cookies.ts";
export { type AppRouter, appRouter, createCaller } from "./root.ts";
export { ZSearchQueryInput } from "./routers/search/query.ts";
export {
  isStorableText,
  UNSTORABLE_TEXT_MESSAGE,
  unstorableField,
  ZStorableInput,
  zText,
} from "./text.ts";
export { internalErrorMessage } from "./trpc.ts";
