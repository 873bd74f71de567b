import type { Db } from "@claimdesk/db";
import { getDeskOutput } from "./desk-output.ts";
import { type DateRange, getDeskTimings } from "./desk-timings.ts";

const DAY = 86_400_000;
/** The longest range the dashboard reads at once. */
export const MAX_RANGE_DAYS = 731;

/**
 * The desk lead's dashboard over a date range (default: the last 90 days, `to` exclusive):
 * timings (new → published, each stage, approval wait) and output (per person, corrections,
 * verdicts by speaker, outlet and tag). Only the desk's own work counts.
 */
export async function getDeskDashboard(
  db: Db,
  input: { from?: Date; to?: Date } = {},
  now = new Date(),
) {
  const to =
    input.to ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  let from = input.from ?? new Date(to.getTime() - 90 * DAY);
  if (from >= to) from = new Date(to.getTime() - DAY);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY)
    from = new Date(to.getTime() - MAX_RANGE_DAYS * DAY);
  const range: DateRange = { from, to };
  const [timings, output] = await Promise.all([
    getDeskTimings(db, range),
    getDeskOutput(db, range),
  ]);
  return { range, ...timings, ...output };
}
