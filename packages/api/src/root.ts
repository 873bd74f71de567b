import { adminRouter } from "./routers/admin/router.ts";
import { articleRouter } from "./routers/article/router.ts";
import { authRouter } from "./routers/auth/router.ts";
import { claimRouter } from "./routers/claim/router.ts";
import { dashboardRouter } from "./routers/dashboard/router.ts";
import { evidenceRouter } from "./routers/evidence/router.ts";
import { feedRouter } from "./routers/feed/router.ts";
import { harvestRouter } from "./routers/harvest/router.ts";
import { importsRouter } from "./routers/imports/router.ts";
import { notificationRouter } from "./routers/notification/router.ts";
import { publishingRouter } from "./routers/publishing/router.ts";
import { ratingRouter } from "./routers/rating/router.ts";
import { replyRouter } from "./routers/reply/router.ts";
import { reviewRouter } from "./routers/review/router.ts";
import { scaleRouter } from "./routers/scale/router.ts";
import { searchRouter } from "./routers/search/router.ts";
import { speakerRouter } from "./routers/speaker/router.ts";
import { userRouter } from "./routers/user/router.ts";
import { createCallerFactory, router } from "./trpc.ts";

/** The web app's API: one folder per domain under routers/. */
export const appRouter = router({
  auth: authRouter,
  article: articleRouter,
  claim: claimRouter,
  evidence: evidenceRouter,
  rating: ratingRouter,
  search: searchRouter,
  review: reviewRouter,
  dashboard: dashboardRouter,
  user: userRouter,
  admin: adminRouter,
  publishing: publishingRouter,
  reply: replyRouter,
  scale: scaleRouter,
  feed: feedRouter,
  harvest: harvestRouter,
  imports: importsRouter,
  notification: notificationRouter,
  speaker: speakerRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
