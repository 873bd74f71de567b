import { ZHealth } from "../schemas.ts";
import { workerProcedure } from "../trpc.ts";

export const ZHealthOutput = ZHealth;

/** Database and queue reachability, uptime, version and search backend of this worker. */
export const healthProcedure = workerProcedure
  .output(ZHealthOutput)
  .query(({ ctx }) => ctx.service.health());
