import { router } from "../../trpc.ts";
import { queueProcedure } from "./queue.ts";

export const reviewRouter = router({ queue: queueProcedure });
