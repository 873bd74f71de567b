import { router } from "../../trpc.ts";
import { overviewProcedure } from "./overview.ts";
import { retryJobProcedure } from "./retry-job.ts";
import { startReindexProcedure } from "./start-reindex.ts";

export const adminRouter = router({
  overview: overviewProcedure,
  retryJob: retryJobProcedure,
  startReindex: startReindexProcedure,
});
