import { router } from "../../trpc.ts";
import { failedProcedure } from "./failed.ts";
import { overviewProcedure } from "./overview.ts";
import { retryJobProcedure } from "./retry-job.ts";
import { retryOutboxProcedure } from "./retry-outbox.ts";
import { startReindexProcedure } from "./start-reindex.ts";

/** The admin page's view of background work, read from the database and pg-boss. */
export const adminRouter = router({
  overview: overviewProcedure,
  failed: failedProcedure,
  retryJob: retryJobProcedure,
  retryOutbox: retryOutboxProcedure,
  startReindex: startReindexProcedure,
});
