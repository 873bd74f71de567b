// Runs inside a worker thread (extraction-thread.mjs loads it; see extraction-pool.ts): extracts one input per message.
import { parentPort } from "node:worker_threads";
import { extractStatements } from "@claimdesk/extraction";
import type { ThreadReply, ThreadTask } from "./extraction-pool.ts";

if (!parentPort) throw new Error("extract-in-thread.ts must run in a worker thread");
const port = parentPort;
port.on("message", (task: ThreadTask) => {
  let reply: ThreadReply;
  try {
    reply = { id: task.id, result: extractStatements(task.input, task.options) };
  } catch (error) {
    const e = error as Error;
    reply = { id: task.id, error: { name: e.name, message: e.message } };
  }
  port.postMessage(reply);
});
