import { ZFailedInput, ZFailedOutput } from "../schemas.ts";
import { workerProcedure } from "../trpc.ts";

export { ZFailedInput, ZFailedOutput };

/** Recent failed jobs (kind "job") or dead outbox events (kind "outbox"), newest first, paginated. */
export const failedProcedure = workerProcedure
  .input(ZFailedInput)
  .output(ZFailedOutput)
  .query(({ ctx, input }) => ctx.service.failed(input));
