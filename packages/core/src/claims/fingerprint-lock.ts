import type { Prisma } from "@claimdesk/db";

/** The first key of the two-key advisory locks taken here ("cd" + "fp"), apart from other users. */
const FINGERPRINT_LOCK_SPACE = 0x6364_6670;

/**
 * Serialises the transactions that may create a claim for the same fingerprints: opening a claim
 * for a statement, and extraction. Without it, two of them that both find no claim for a new
 * fingerprint each create one. The locks are held until the transaction ends; they are taken in
 * one order (sorted keys, one statement), so two transactions cannot wait on each other. Two
 * fingerprints that hash alike only share a lock.
 */
export async function lockFingerprints(tx: Prisma.TransactionClient, fingerprints: string[]) {
  if (fingerprints.length === 0) return;
  await tx.$queryRaw`
    with keys as materialized (
      select distinct hashtext(f) as k from unnest(${fingerprints}::text[]) as f order by k
    )
    select count(*)::int as locked
    from keys, lateral (select pg_advisory_xact_lock(${FINGERPRINT_LOCK_SPACE}::int, keys.k)) as l`;
}
