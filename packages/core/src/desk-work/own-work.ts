import type { ClaimOrigin } from "@claimdesk/db";
import { Prisma } from "@claimdesk/db";

/**
 * Which claims are the desk's own work. Imported outside checks (LIAR rows, ClaimReview files of
 * other fact-checkers) are shown and matched against, but never count as the desk's research,
 * ratings or publications on the dashboard. This is the one place that decides it: when claims
 * carry an explicit "imported" marker, only these two functions change.
 */
export const OUTSIDE_ORIGINS: readonly ClaimOrigin[] = ["liar", "claimreview"];

export function isOutsideCheck(claim: { origin: ClaimOrigin }): boolean {
  return OUTSIDE_ORIGINS.includes(claim.origin);
}

/** The same predicate as SQL, for a claim table aliased `alias` (e.g. `ownClaimSql("c")`). */
export function ownClaimSql(alias: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(alias)) throw new Error("bad alias");
  return Prisma.sql`${Prisma.raw(`${alias}.origin`)}::text not in (${Prisma.join([...OUTSIDE_ORIGINS])})`;
}
