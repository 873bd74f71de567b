// The worker's logger: pino (packages/env/src/log.ts), JSON lines in production, plain lines in
// development, LOG_LEVEL honoured.
import { createLogger } from "@claimdesk/env/log";

export const logger = createLogger("worker");

/** An event worth a line (info). */
export function log(message: string, fields: Record<string, unknown> = {}): void {
  logger.info(fields, message);
}

/** A failure (error); pass the error itself under `err` to keep its stack in the log. */
export function logError(message: string, fields: Record<string, unknown> = {}): void {
  logger.error(fields, message);
}
