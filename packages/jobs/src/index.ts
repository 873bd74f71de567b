export { defineJob, type JobDefinition, type JobPayload } from "./define-job.ts";
export * from "./definitions.ts";
export { enqueue, JobPayloadError, parsePayload, type Queue, startQueue } from "./queue.ts";
