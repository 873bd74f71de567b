// The worker thread's entry (plain JavaScript, so it loads without a loader): registers tsx in
// this thread, then runs the TypeScript handler. Node 20 does not apply `--import tsx` hooks to a
// worker thread's entry file.
import { register } from "tsx/esm/api";

register();
await import("./extract-in-thread.ts");
