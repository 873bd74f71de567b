import { z } from "zod";

// The worker router's own schemas; what it reads comes from @claimdesk/jobs/operations.
export * from "@claimdesk/jobs/operations";

export const ZHealth = z.object({
  ok: z.boolean(),
  db: z.object({ ok: z.boolean(), error: z.string().nullable() }),
  queue: z.object({ ok: z.boolean(), error: z.string().nullable() }),
  uptimeSeconds: z.number(),
  version: z.string(),
  searchBackend: z.string(),
  /** this worker process */
  pid: z.number().int(),
  hostname: z.string(),
});

export const ZRetryInput = z.discriminatedUnion("target", [
  /** a failed job, by pg-boss id */
  z.object({ target: z.literal("job"), id: z.uuid(), actorId: z.string().max(64).optional() }),
  /** dead outbox events: the listed ids, or all when `ids` is omitted */
  z.object({
    target: z.literal("outbox"),
    ids: z.array(z.string().regex(/^\d+$/, "an outbox id is a number")).max(1000).optional(),
    actorId: z.string().max(64).optional(),
  }),
]);

export const ZStartReindexInput = z.object({ actorId: z.string().max(64).optional() });

export type Health = z.output<typeof ZHealth>;
export type RetryInput = z.output<typeof ZRetryInput>;
export type StartReindexInput = z.output<typeof ZStartReindexInput>;
