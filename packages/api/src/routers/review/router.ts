import { router } from "../../trpc.ts";
import { approvalsProcedure } from "./approvals.ts";
import { queueProcedure } from "./queue.ts";

export const reviewRouter = router({ queue: queueProcedure, approvals: approvalsProcedure });
