// The apps' logger: pino, one JSON object per line in production (for a log collector), one
// readable line per event in development and tests ("[12:00:01.234] INFO: worker: stopped",
// the fields on the lines below). LOG_LEVEL (debug, info, warn, error, silent) picks what is
// written; info by default.
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { z } from "zod";
import { parseEnv } from "./parse-env.ts";

export type { Logger };

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

const ZLogEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  /** json or pretty; default json in production, pretty elsewhere */
  LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
});

/** The level and format the environment asks for (throws EnvError naming a bad LOG_LEVEL). */
export function logSettings(source: Record<string, string | undefined> = process.env) {
  const env = parseEnv(ZLogEnv, source);
  const nodeEnv = env.NODE_ENV ?? "development";
  return {
    level: env.LOG_LEVEL ?? "info",
    format: env.LOG_FORMAT ?? (nodeEnv === "production" ? "json" : "pretty"),
  } as const;
}

/**
 * A logger for one app (`name`: web, worker). Errors go under `err` with their stack, so
 * `log.error({ err, requestId }, "request failed")` keeps the internal detail in the log and
 * out of the response.
 */
export function createLogger(
  name: string,
  source: Record<string, string | undefined> = process.env,
  destination?: pino.DestinationStream,
): Logger {
  const { level, format } = logSettings(source);
  const options: pino.LoggerOptions = {
    name,
    level,
    base: { app: name },
    serializers: { err: pino.stdSerializers.err },
  };
  if (format === "json") return destination ? pino(options, destination) : pino(options);
  // In-process (sync) pretty printing: no worker thread, lines come out in order.
  return pino(
    options,
    pretty({
      sync: true,
      colorize: false,
      // "<app>: <message>", as the apps' lines read before pino (tests and scripts match them).
      messageFormat: "{app}: {msg}",
      ignore: "pid,hostname,app,name",
      translateTime: "SYS:HH:MM:ss.l",
      ...(destination ? { destination: destination as NodeJS.WritableStream } : {}),
    }),
  );
}
