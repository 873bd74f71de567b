import { adminProcedure } from "../../trpc.ts";
import { ZFailedInput } from "../../worker/schemas.ts";
import { ZAdminFailedPage } from "./schemas.ts";
import { callWorker } from "./worker-client.ts";

export const ZAdminFailedInput = ZFailedInput;
export const ZAdminFailedOutput = ZAdminFailedPage;

/** A page of failed jobs or dead outbox events, newest first. */
export const failedProcedure = adminProcedure
  .input(ZAdminFailedInput)
  .output(ZAdminFailedOutput)
  .query(({ input }) => callWorker((worker) => worker.failed.query(input)));
