import { z } from "zod";

/** A day as the dashboard and its filtered lists write it (2026-12-01, UTC). */
export const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date like 2026-12-01")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "not a real date");

const DAY = 86_400_000;
const day = (d: string) => new Date(`${d}T00:00:00Z`);

/** `from` and `to` days (both counted) as the half-open range [from 00:00, day after to 00:00). */
export function dayRange(input: { from?: string; to?: string }) {
  return {
    from: input.from ? day(input.from) : undefined,
    to: input.to ? new Date(day(input.to).getTime() + DAY) : undefined,
  };
}

/** The same, for a range with both ends given. */
export function closedDayRange(input: { from: string; to: string }) {
  return { from: day(input.from), to: new Date(day(input.to).getTime() + DAY) };
}
