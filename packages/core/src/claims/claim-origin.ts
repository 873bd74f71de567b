import type { Prisma } from "@claimdesk/db";

/**
 * Where a claim came from. `extracted` and `manual` are the desk's own work; `liar` and
 * `claimreview` are earlier fact-checks by other organisations, imported or harvested: they
 * are shown as the outside publisher's check and never count as the desk's own publication.
 */
export const OUTSIDE_ORIGINS = ["liar", "claimreview"] as const;
export const OWN_ORIGINS = ["extracted", "manual"] as const;
export type OutsideOrigin = (typeof OUTSIDE_ORIGINS)[number];

export function isOutsideOrigin(origin: string): origin is OutsideOrigin {
  return (OUTSIDE_ORIGINS as readonly string[]).includes(origin);
}

/** Prisma filter for the desk's own claims (dashboards, queues, "checks this week"). */
export const OWN_CLAIMS_WHERE = {
  origin: { in: [...OWN_ORIGINS] },
} satisfies Prisma.ClaimWhereInput;
