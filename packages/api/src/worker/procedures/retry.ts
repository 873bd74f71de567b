import { ZRetryInput, ZRetryOutput } from "../schemas.ts";
import { workerProcedure } from "../trpc.ts";

export { ZRetryInput, ZRetryOutput };

/** Retries a failed job by id, or dead outbox events (all, or by id). Audited with `actorId`. */
export const retryProcedure = workerProcedure
  .input(ZRetryInput)
  .output(ZRetryOutput)
  .mutation(({ ctx, input }) => ctx.service.retry(input));
