export { defineJob, type JobDefinition, type JobPayload } from "./define-job.ts";
export * from "./definitions.ts";
export {
  countFailedJobs,
  type JobRow,
  jobErrorMessage,
  listActiveJobs,
  listFailedJobs,
  type Sql,
} from "./inspect.ts";
export { enqueue, JobPayloadError, parsePayload, type Queue, startQueue } from "./queue.ts";
