import type {
  FailedInput,
  FailedOutput,
  Health,
  Queues,
  RetryInput,
  RetryOutput,
  Running,
  StartReindexInput,
  StartReindexOutput,
} from "./schemas.ts";

/**
 * What the worker router needs from a worker process. apps/worker implements it over its pg-boss
 * instance, database and search backend; the router only validates and forwards.
 */
export interface WorkerService {
  health(): Promise<Health>;
  queues(): Promise<Queues>;
  running(): Promise<Running>;
  failed(input: FailedInput): Promise<FailedOutput>;
  retry(input: RetryInput): Promise<RetryOutput>;
  startReindex(input: StartReindexInput): Promise<StartReindexOutput>;
}
