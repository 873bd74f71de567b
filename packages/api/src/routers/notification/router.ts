import { router } from "../../trpc.ts";
import { countsProcedure } from "./counts.ts";
import { listNotificationsProcedure } from "./list.ts";
import { markReadProcedure } from "./mark-read.ts";

export const notificationRouter = router({
  counts: countsProcedure,
  list: listNotificationsProcedure,
  markRead: markReadProcedure,
});
