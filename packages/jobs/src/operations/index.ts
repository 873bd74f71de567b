// Background work as the admin page, `claimdesk jobs` and the worker see it: read from the
// database and pg-boss's public API, driven the same way from every caller.
export { listFailedWork } from "./failed-work.ts";
export { readOutboxState, readQueueState } from "./queue-state.ts";
export { retryDeadOutbox, retryFailedJob } from "./retry.ts";
export { harvestSourceNow, pollFeedNow } from "./run-now.ts";
export { listRunningWork } from "./running-work.ts";
export * from "./schemas.ts";
export { startReindex } from "./start-reindex.ts";
export {
  readWorkerStatus,
  removeWorkerHeartbeat,
  WORKER_HEARTBEAT_MS,
  WORKER_SEEN_WITHIN_SECONDS,
  type WorkerIdentity,
  writeWorkerHeartbeat,
} from "./worker-heartbeat.ts";
