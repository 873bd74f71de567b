import { ZDeadOutboxEvent, ZFailedJob, ZFailedOutput } from "@claimdesk/jobs/operations";
import { z } from "zod";

/**
 * A page of failed jobs or dead outbox events as the admin API returns it, with a job's payload
 * optional (JSON drops an undefined payload on the way to the browser).
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
