export { defineJob, type JobDefinition, type JobPayload } from "./define-job.ts";
export * from "./definitions.ts";
export {
  getQueueCounts,
  type JobRow,
  jobErrorMessage,
  listActiveJobs,
  listFailedJobs,
  type QueueCounts,
  type Sql,
} from "./inspect.ts";
export { enqueue, JobPayloadError, parsePayload, type Queue, startQueue } from "./queue.ts";
