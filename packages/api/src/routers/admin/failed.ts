import { listFailedWork, ZFailedInput } from "@claimdesk/jobs/operations";
import { adminProcedure } from "../../trpc.ts";
import { ZAdminFailedPage } from "./schemas.ts";

export const ZAdminFailedInput = ZFailedInput;
export const ZAdminFailedOutput = ZAdminFailedPage;

/** A page of failed jobs or dead outbox events, newest first. */
export const failedProcedure = adminProcedure
  .input(ZAdminFailedInput)
  .output(ZAdminFailedOutput)
  .query(({ ctx, input }) => listFailedWork(ctx.db, input));
