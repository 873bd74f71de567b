import { runWorkerProcess } from "./run-worker-process.ts";

// Production entry point: no fetcher overrides, ever (see test/fixtures for the test-only entry).
await runWorkerProcess();
