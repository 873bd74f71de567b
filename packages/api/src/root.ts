import { articleRouter } from "./routers/article/router.ts";
import { authRouter } from "./routers/auth/router.ts";
import { createCallerFactory, router } from "./trpc.ts";

/** The web app's API: one folder per domain under routers/. */
export const appRouter = router({
  auth: authRouter,
  article: articleRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
