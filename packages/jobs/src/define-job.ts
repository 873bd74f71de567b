import type { z } from "zod";

/** A job type: queue name, payload version and zod payload schema, shared by web and worker. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  version: number;
  payload: S;
  /** pg-boss queue options */
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
}

export function defineJob<S extends z.ZodType>(
  def: Pick<JobDefinition<S>, "name" | "version" | "payload"> & Partial<JobDefinition<S>>,
): JobDefinition<S> {
  return { retryLimit: 3, retryDelaySeconds: 10, expireInSeconds: 15 * 60, ...def };
}

export type JobPayload<J extends JobDefinition> = z.output<J["payload"]>;
