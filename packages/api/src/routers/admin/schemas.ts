import { z } from "zod";
import { ZDeadOutboxEvent, ZFailedJob, ZFailedOutput } from "../../worker/schemas.ts";

/**
 * A page of failed jobs or dead outbox events as the admin API returns it: the worker's shape,
 * with a job's payload optional (JSON drops an undefined payload on the way from the worker).
 */
export const ZAdminFailedPage = ZFailedOutput.extend({
  items: z.array(
    z.discriminatedUnion("kind", [
      ZFailedJob.extend({ data: z.unknown().optional() }),
      ZDeadOutboxEvent,
    ]),
  ),
});
export type AdminFailedPage = z.output<typeof ZAdminFailedPage>;
