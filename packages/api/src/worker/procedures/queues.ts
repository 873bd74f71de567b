import { ZQueues } from "../schemas.ts";
import { workerProcedure } from "../trpc.ts";

export const ZQueuesOutput = ZQueues;

/** Per job queue: queued, active, failed, completed; outbox pending and dead counts. */
export const queuesProcedure = workerProcedure
  .output(ZQueuesOutput)
  .query(({ ctx }) => ctx.service.queues());
