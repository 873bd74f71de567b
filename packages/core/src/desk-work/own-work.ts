import type { ClaimOrigin } from "@claimdesk/db";
import { Prisma } from "@claimdesk/db";

/**
 * Which claims are the desk's own work. `extracted` and `manual` claims are; `liar` and
 * `claimreview` ones are earlier fact-checks by other organisations, imported or harvested: they
 * are shown as the outside publisher's check and matched against, but never count as the desk's
 * research, ratings or publications (dashboards, the review queue, "checks this week"). This is
 * the one place that decides it: when claims carry an explicit "imported" marker, only this file
 * changes. The Prisma filter and the SQL fragment below say the same thing.
 */
export const OUTSIDE_ORIGINS = ["liar", "claimreview"] as const satisfies readonly ClaimOrigin[];
export const OWN_ORIGINS = ["extracted", "manual"] as const satisfies readonly ClaimOrigin[];
export type OutsideOrigin = (typeof OUTSIDE_ORIGINS)[number];

export function isOutsideOrigin(origin: string): origin is OutsideOrigin {
  return (OUTSIDE_ORIGINS as readonly string[]).includes(origin);
}

export function isOutsideCheck(claim: { origin: ClaimOrigin }): boolean {
  return isOutsideOrigin(claim.origin);
}

/** Prisma filter for the desk's own claims. */
export const OWN_CLAIMS_WHERE = {
  origin: { in: [...OWN_ORIGINS] },
} satisfies Prisma.ClaimWhereInput;

/** The same predicate as SQL, for a claim table aliased `alias` (e.g. `ownClaimSql("c")`). */
export function ownClaimSql(alias: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error("bad alias");
  return Prisma.sql`${Prisma.raw(`${alias}.origin`)}::text in (${Prisma.join([...OWN_ORIGINS])})`;
}
